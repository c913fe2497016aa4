package dev.tact.intents.domain;

import dev.tact.core.decision.PolicySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainRulesTest {

    private static final Domain BANKING = DomainLoader.bundled("banking");

    @Test
    void ofBankingReadsEveryKindOfRule() {
        DomainRules rules = DomainRules.of(BANKING);
        assertThat(rules.sensitive()).contains("bereavement", "abuse", "self_harm");
        assertThat(rules.alwaysHuman()).containsAll(rules.sensitive()).contains("human_request");
        assertThat(rules.neverHuman()).contains("greeting", "thanks", "goodbye");
        assertThat(rules.situationPriority()).containsOnly(
                java.util.Map.entry("self_harm", 100), java.util.Map.entry("abuse", 95));
        assertThat(rules.offers()).isNotEmpty();
    }

    @Test
    void applyToAddsTheRulesToTheConfiguredOnes() {
        PolicySettings configured = PolicySettings.defaults().withIntentRules(java.util.Set.of("refund"),
                java.util.Set.of(), java.util.Map.of());
        PolicySettings applied = DomainRules.of(BANKING).applyTo(configured);
        assertThat(applied.alwaysHuman()).contains("refund", "self_harm");
        assertThat(applied.situationPriority()).containsEntry("self_harm", 100);
        assertThat(applied.minConfidence()).isEqualTo(configured.minConfidence());
    }
}
