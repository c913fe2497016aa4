package dev.tact.intents.sensitive;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Detector;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sensitive situations, from two signals: the probability the intent classifier gives the domain's sensitive intents
 * (learned from examples, so it generalises to phrasings nobody listed), and curated phrases (which catch what the
 * classifier, trained on few examples, may miss). Each situation's figure is the larger of the two, a phrase counting
 * as 1; {@link Signals#SENSITIVE} is the largest situation's. (The largest rather than the sum: on 1,500 ordinary
 * Bitext customer-support requests, a sum of 0.3 or more flagged 4.6% of them, the largest 2.4%, while both caught
 * the same sensitive turns of the scenario suite.)
 */
public final class SensitiveDetector implements Detector {

    private final Set<String> sensitiveIntents;
    private final SensitiveTerms terms;

    /**
     * @param sensitiveIntents the domain's intents marked {@code sensitive}; their names name the situations
     * @param terms            the curated phrases
     */
    public SensitiveDetector(Set<String> sensitiveIntents, SensitiveTerms terms) {
        this.sensitiveIntents = Set.copyOf(sensitiveIntents);
        this.terms = Objects.requireNonNull(terms, "terms must not be null");
    }

    @Override
    public Analysis detect(String text, List<Message> history, Analysis analysis) {
        Map<String, Double> situations = new LinkedHashMap<>();
        for (IntentScore score : analysis.intents()) {
            if (sensitiveIntents.contains(score.intent())) {
                situations.merge(score.intent(), score.probability(), Math::max);
            }
        }
        for (String situation : terms.situationsIn(text)) {
            situations.put(situation, 1.0);
        }
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put(Signals.SENSITIVE, situations.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        situations.forEach((situation, value) -> signals.put(Signals.SENSITIVE_PREFIX + situation, value));
        return analysis.withSignals(signals);
    }
}
