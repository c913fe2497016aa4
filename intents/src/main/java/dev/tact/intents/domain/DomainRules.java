package dev.tact.intents.domain;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.IntentDefinition;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A domain's own handoff rules, read from its intents' {@code handoff} sections in this one place: the policy's
 * (always human, never human, stricter minimum confidence, the queue priority of a sensitive situation), the
 * analyzers' (which intents are sensitive situations, which are conversational), and the answers' (the offer of a
 * person after an account-specific answer).
 *
 * @param alwaysHuman       intents a person always handles (the sensitive ones included)
 * @param neverHuman        conversational intents (greetings, thanks, goodbyes) the bot answers even when close to
 *                          another
 * @param minConfidence     stricter minimum confidences by intent
 * @param sensitive         the sensitive situations
 * @param situationPriority the queue priorities of the sensitive situations that set one
 * @param offers            the question offering a person after an intent's general answer, by intent
 */
public record DomainRules(Set<String> alwaysHuman, Set<String> neverHuman, Map<String, Double> minConfidence,
                          Set<String> sensitive, Map<String, Integer> situationPriority, Map<String, String> offers) {

    public DomainRules {
        alwaysHuman = Set.copyOf(alwaysHuman);
        neverHuman = Set.copyOf(neverHuman);
        minConfidence = Map.copyOf(minConfidence);
        sensitive = Set.copyOf(sensitive);
        situationPriority = Map.copyOf(situationPriority);
        offers = Map.copyOf(offers);
    }

    /** The rules the domain's files set. */
    public static DomainRules of(Domain domain) {
        Objects.requireNonNull(domain, "domain must not be null");
        return new DomainRules(
                names(domain, intent -> intent.handoff().alwaysHuman()),
                names(domain, intent -> intent.handoff().neverHuman()),
                domain.intents().stream().filter(intent -> intent.handoff().minConfidence().isPresent())
                        .collect(Collectors.toMap(IntentDefinition::name,
                                intent -> intent.handoff().minConfidence().getAsDouble())),
                names(domain, intent -> intent.handoff().sensitive()),
                domain.intents().stream().filter(intent -> intent.handoff().priority().isPresent())
                        .collect(Collectors.toMap(IntentDefinition::name,
                                intent -> intent.handoff().priority().getAsInt())),
                domain.intents().stream().filter(intent -> !intent.handoff().offer().isEmpty())
                        .collect(Collectors.toMap(IntentDefinition::name, intent -> intent.handoff().offer())));
    }

    /** The configured settings with the domain's own rules added. */
    public static PolicySettings applyTo(PolicySettings settings, Domain domain) {
        return of(domain).applyTo(settings);
    }

    /** The configured settings with these rules added. */
    public PolicySettings applyTo(PolicySettings settings) {
        return settings.withIntentRules(alwaysHuman, neverHuman, minConfidence, situationPriority);
    }

    private static Set<String> names(Domain domain, Predicate<IntentDefinition> filter) {
        return domain.intents().stream().filter(filter).map(IntentDefinition::name).collect(Collectors.toSet());
    }
}
