package dev.tact.app.wiring;

import dev.tact.core.handoff.HandoffRequest;
import dev.tact.handoff.queue.QueueSettings;
import dev.tact.handoff.queue.Routing;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Map;

/**
 * {@code tact.handoff.*}: how the agent queue ages, routes and times out (see {@link QueueSettings} and
 * {@link Routing}).
 */
@ConfigurationProperties("tact.handoff")
public record HandoffConfiguration(
        @Bindable(defaultValue = "2.0") double agingPerMinute,
        @Bindable(defaultValue = "2m") Duration reconnectTimeout,
        @Bindable(defaultValue = "30m") Duration abandonAfter,
        @Bindable(defaultValue = "50") int estimateSample,
        @Bindable(defaultValue = HandoffRequest.DEFAULT_TEAM) String defaultTeam,
        @Nullable Map<String, String> intentTeams,
        @Nullable Map<String, String> reasonTeams) {

    public QueueSettings settings() {
        return new QueueSettings(agingPerMinute, reconnectTimeout, abandonAfter, estimateSample);
    }

    public Routing routing() {
        return new Routing(intentTeams == null ? Map.of() : intentTeams, reasonTeams == null ? Map.of() : reasonTeams,
                defaultTeam);
    }
}
