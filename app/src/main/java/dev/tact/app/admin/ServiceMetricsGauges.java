package dev.tact.app.admin;

import dev.tact.app.persistence.JdbcServiceMetrics;
import dev.tact.handoff.metrics.ServiceMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The service metrics of the last 30 days as Prometheus gauges ({@code tact_service_*}), read from the database
 * once a minute ({@code tact.service-metrics.refresh}; any node gives the same figures, since they come from the
 * shared database).
 */
@Context
public class ServiceMetricsGauges {

    private static final Duration WINDOW = Duration.ofDays(30);

    private final JdbcServiceMetrics metrics;
    private final Clock clock;
    private final AtomicReference<ServiceMetrics> latest = new AtomicReference<>();
    private final MultiGauge byReason;

    public ServiceMetricsGauges(JdbcServiceMetrics metrics, MeterRegistry registry, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        gauge(registry, "tact.service.containment.ratio", "share of conversations the bot kept",
                ServiceMetrics::containmentRate);
        gauge(registry, "tact.service.escalation.ratio", "share of conversations handed to a person",
                ServiceMetrics::escalationRate);
        gauge(registry, "tact.service.queue.wait.p50.seconds", "median wait from escalation to claim",
                current -> current.queueWait().p50());
        gauge(registry, "tact.service.queue.wait.p90.seconds", "90th percentile wait from escalation to claim",
                current -> current.queueWait().p90());
        gauge(registry, "tact.service.handle.time.p50.seconds", "median time from claim to resolution",
                current -> current.handleTime().p50());
        gauge(registry, "tact.service.abandonment.ratio", "share of ended handoffs the customer left while waiting",
                ServiceMetrics::abandonmentRate);
        gauge(registry, "tact.service.satisfaction.mean", "mean 1-5 satisfaction answer",
                current -> current.satisfaction().mean());
        gauge(registry, "tact.service.satisfaction.answers", "satisfaction answers",
                current -> current.satisfaction().answers());
        byReason = MultiGauge.builder("tact.service.escalations").description("handoffs by escalation reason")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<ServiceMetrics> value) {
        Gauge.builder(name, latest, reference -> reference.get() == null ? Double.NaN
                : value.applyAsDouble(reference.get())).description(description).register(registry);
    }

    @Scheduled(fixedDelay = "${tact.service-metrics.refresh:60s}", initialDelay = "5s")
    void refresh() {
        ServiceMetrics current = metrics.since(clock.instant().minus(WINDOW));
        latest.set(current);
        byReason.register(current.escalationsByReason().entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("reason", entry.getKey()), entry.getValue()))
                .toList(), true);
    }
}
