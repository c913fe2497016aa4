package dev.tact.intents.domain;

import dev.tact.core.decision.PolicySettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class DomainRulesTest {

    private static IntentDefinition intent(String name, HandoffOverrides handoff) {
        return new IntentDefinition(name, "", List.of(), List.of("The " + name + " answer."), handoff, "");
    }

    @Test
    void applyToAddsTheDomainsPerIntentRulesToTheSettings() {
        var domain = new Domain("test", List.of(
                intent("greeting", new HandoffOverrides(false, true, OptionalDouble.empty(), false)),
                intent("card_blocked", new HandoffOverrides(true, false, OptionalDouble.empty(), false)),
                intent("exchange_rate", new HandoffOverrides(false, false, OptionalDouble.of(0.8), false)),
                intent("change_pin", HandoffOverrides.NONE)), List.of(), "fingerprint");
        PolicySettings settings = DomainRules.applyTo(PolicySettings.defaults(), domain);
        assertThat(settings.alwaysHuman()).contains("card_blocked").doesNotContain("change_pin");
        assertThat(settings.neverHuman()).contains("greeting").doesNotContain("change_pin");
        assertThat(settings.minConfidenceFor("exchange_rate")).isEqualTo(0.8);
        assertThat(settings.minConfidenceFor("change_pin")).isEqualTo(PolicySettings.defaults().minConfidence());
    }
}
