package dev.tact.intents.sensitive;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveDetectorTest {

    private final SensitiveTerms terms = new SensitiveTerms(Map.of(
            "bereavement", List.of("passed away", "funeral"),
            "self_harm", List.of("end it all"),
            "financial_hardship", List.of("cant afford")));
    private final SensitiveDetector detector = new SensitiveDetector(Set.of("bereavement", "financial_hardship"),
            terms);

    private static Analysis ranked(IntentScore... intents) {
        return new Analysis(List.of(intents), 0, 0, Map.of(), Map.of(), "test");
    }

    @Test
    void situationsInMatchesWholeWordsIgnoringCaseAndApostrophes() {
        assertThat(terms.situationsIn("My Dad PASSED AWAY on Sunday")).containsExactly("bereavement");
        assertThat(terms.situationsIn("I can't afford the rent")).containsExactly("financial_hardship");
        assertThat(terms.situationsIn("I can\u2019t afford it, I want to end it all"))
                .containsExactly("financial_hardship", "self_harm");
    }

    @Test
    void situationsInIgnoresPartsOfWords() {
        assertThat(terms.situationsIn("the funerals company charged me")).isEmpty();
        assertThat(terms.situationsIn("how do I top up")).isEmpty();
    }

    @Test
    void detectTakesTheLikeliestSituation() {
        var analysis = detector.detect("my mum's account", List.of(), ranked(new IntentScore("close_account", 0.5),
                new IntentScore("bereavement", 0.25), new IntentScore("financial_hardship", 0.1)));
        assertThat(Signals.value(analysis, Signals.SENSITIVE)).isEqualTo(0.25);
        assertThat(Signals.value(analysis, "sensitive.bereavement")).isEqualTo(0.25);
    }

    @Test
    void detectCountsAPhraseAsCertainEvenWhenTheClassifierMissedIt() {
        var analysis = detector.detect("sometimes I just want to end it all", List.of(),
                ranked(new IntentScore("card_arrival", 0.6)));
        assertThat(Signals.value(analysis, Signals.SENSITIVE)).isEqualTo(1.0);
        assertThat(Signals.value(analysis, "sensitive.self_harm")).isEqualTo(1.0);
    }

    @Test
    void detectOrdinaryQuestionScoresZero() {
        var analysis = detector.detect("how do I change my pin", List.of(), ranked(new IntentScore("change_pin", 0.9)));
        assertThat(Signals.value(analysis, Signals.SENSITIVE)).isZero();
    }

    @Test
    void bundledListCoversEverySituation() {
        assertThat(SensitiveTerms.bundled().situations()).contains("bereavement", "illness", "financial_hardship",
                "scam_victim", "vulnerable_customer", "mental_health", "addiction", "abuse", "self_harm", "complaint",
                "legal_threat");
    }
}
