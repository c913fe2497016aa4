package dev.tact.app.admin;

import dev.tact.app.persistence.JdbcServiceMetrics;
import dev.tact.app.http.ApiError;
import dev.tact.app.security.Account;
import dev.tact.channels.error.InvalidInputException;
import dev.tact.handoff.metrics.ServiceMetrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Clock;
import java.time.Duration;

/** {@code GET /v1/admin/service-metrics?days=30}: the service metrics of the conversations of the last days. */
@Controller("/v1/admin/service-metrics")
@Secured({Account.ADMIN, Account.ANALYST})
@ApiResponse(responseCode = "401", description = "no token, or an expired one",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "neither an admin nor an analyst",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ServiceMetricsController {

    private final JdbcServiceMetrics metrics;
    private final Clock clock;

    public ServiceMetricsController(JdbcServiceMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "400", description = "days is not within 1..3660",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    public ServiceMetrics get(@QueryValue @Nullable Integer days) {
        int window = days == null ? 30 : days;
        if (window < 1 || window > 3660) {
            throw new InvalidInputException("invalid_days", "days is 1..3660.");
        }
        return metrics.since(clock.instant().minus(Duration.ofDays(window)));
    }
}
