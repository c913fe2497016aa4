package dev.tact.app.wiring;

import dev.tact.core.decision.PolicySettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code tact.policy.*}: the handoff thresholds (see {@link PolicySettings} for what each means and why the
 * defaults, {@link PolicySettings#defaults()}, are what they are). The request-shape and repair thresholds take
 * their defaults from {@link PolicySettings#defaults()} when unset ({@code TACT_POLICY_REPAIR_THRESHOLD},
 * {@code TACT_POLICY_HEDGED_THRESHOLD}, {@code TACT_POLICY_MULTIPLE_THRESHOLD}, {@code TACT_POLICY_VAGUE_THRESHOLD}).
 */
@ConfigurationProperties("tact.policy")
public record PolicyConfiguration(
        @Bindable(defaultValue = "0.4") double minConfidence,
        @Bindable(defaultValue = "0.05") double minMargin,
        @Bindable(defaultValue = "0.5") double maxOutOfScope,
        @Bindable(defaultValue = "0.5") double emotionThreshold,
        @Bindable(defaultValue = "0.2") double mildEmotionThreshold,
        @Bindable(defaultValue = "0.3") double sensitiveThreshold,
        @Bindable(defaultValue = "0.3") double humanRequestConfidence,
        @Bindable(defaultValue = "0.3") double trendDrop,
        @Bindable(defaultValue = "2") int trendNegativeTurns,
        @Bindable(defaultValue = "1") int maxFailures,
        @Bindable(defaultValue = "1") int maxIntentsPerMessage,
        @Bindable(defaultValue = "1") int maxClarifications,
        @Nullable Double repairThreshold,
        @Nullable Double hedgedThreshold,
        @Nullable Double multipleThreshold,
        @Nullable Double vagueThreshold,
        @Bindable(defaultValue = "human_request") String humanRequestIntent,
        @Bindable(defaultValue = "not_helped") String notHelpedIntent,
        @Nullable List<String> alwaysHuman) {

    public PolicySettings settings() {
        PolicySettings defaults = PolicySettings.defaults();
        return new PolicySettings(minConfidence, minMargin, maxOutOfScope, emotionThreshold, mildEmotionThreshold,
                sensitiveThreshold, humanRequestConfidence, trendDrop, trendNegativeTurns, maxFailures,
                maxIntentsPerMessage, maxClarifications,
                repairThreshold == null ? defaults.repairThreshold() : repairThreshold,
                hedgedThreshold == null ? defaults.hedgedThreshold() : hedgedThreshold,
                multipleThreshold == null ? defaults.multipleThreshold() : multipleThreshold,
                vagueThreshold == null ? defaults.vagueThreshold() : vagueThreshold,
                humanRequestIntent, notHelpedIntent,
                alwaysHuman == null ? Set.of() : Set.copyOf(alwaysHuman), Set.of(), Map.of());
    }
}
