package dev.tact.intents.domain;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.IntentDefinition;

import java.util.Map;
import java.util.stream.Collectors;

/** A domain's per-intent handoff rules (always human, never human, stricter minimum confidence) as policy settings. */
public final class DomainRules {

    private DomainRules() {
    }

    /** The configured settings with the domain's own rules added. */
    public static PolicySettings applyTo(PolicySettings settings, Domain domain) {
        var always = domain.intents().stream().filter(intent -> intent.handoff().alwaysHuman())
                .map(IntentDefinition::name).collect(Collectors.toSet());
        var never = domain.intents().stream().filter(intent -> intent.handoff().neverHuman())
                .map(IntentDefinition::name).collect(Collectors.toSet());
        Map<String, Double> minConfidence = domain.intents().stream()
                .filter(intent -> intent.handoff().minConfidence().isPresent())
                .collect(Collectors.toMap(IntentDefinition::name,
                        intent -> intent.handoff().minConfidence().getAsDouble()));
        return settings.withIntentRules(always, never, minConfidence);
    }
}
