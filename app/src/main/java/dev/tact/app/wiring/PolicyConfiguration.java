package dev.tact.app.wiring;

import dev.tact.core.decision.PolicySettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;
import java.util.Set;

/**
 * {@code tact.policy.*}: the handoff thresholds (see {@link PolicySettings} for what each means). The defaults
 * are {@link PolicySettings#defaults()}, measured there.
 */
@ConfigurationProperties("tact.policy")
public record PolicyConfiguration(
        @Bindable(defaultValue = "0.4") double minConfidence,
        @Bindable(defaultValue = "0.05") double minMargin,
        @Bindable(defaultValue = "0.5") double maxOutOfScope,
        @Bindable(defaultValue = "-0.5") double sentimentFloor,
        @Bindable(defaultValue = "1") int maxClarifications,
        @Bindable(defaultValue = "human_request") String humanRequestIntent,
        @Nullable List<String> alwaysHuman) {

    public PolicySettings settings() {
        return new PolicySettings(minConfidence, minMargin, maxOutOfScope, sentimentFloor, maxClarifications,
                humanRequestIntent, alwaysHuman == null ? Set.of() : Set.copyOf(alwaysHuman));
    }
}
