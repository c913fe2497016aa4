package dev.tact.intents.domain;

import dev.tact.core.decision.ResponseCatalog;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.IntentDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The words written in a domain's files: answers (an intent with several variants answers with them in turn, so
 * that a conversation replayed gives the same replies and the same decisions: the repair detector reads the answer
 * given), offers of a person after an account-specific answer, titles for choice buttons, the decline.
 */
public final class DomainResponses implements ResponseCatalog {

    private final Map<String, List<String>> responses;
    private final Map<String, String> offers;
    private final Map<String, String> titles;
    private final String decline;
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    public DomainResponses(Domain domain) {
        this.responses = domain.intents().stream().filter(intent -> !intent.responses().isEmpty())
                .collect(Collectors.toUnmodifiableMap(IntentDefinition::name, IntentDefinition::responses));
        this.offers = DomainRules.of(domain).offers();
        this.titles = domain.intents().stream().filter(intent -> !intent.title().isEmpty())
                .collect(Collectors.toUnmodifiableMap(IntentDefinition::name, IntentDefinition::title));
        this.decline = domain.decline();
    }

    @Override
    public Optional<String> responseFor(String intent) {
        List<String> variants = responses.get(intent);
        if (variants == null) {
            return Optional.empty();
        }
        int turn = turns.computeIfAbsent(intent, key -> new AtomicInteger()).getAndIncrement();
        return Optional.of(variants.get(Math.floorMod(turn, variants.size())));
    }

    @Override
    public Optional<String> offerFor(String intent) {
        return Optional.ofNullable(offers.get(intent));
    }

    @Override
    public String titleFor(String intent) {
        String title = titles.get(intent);
        return title != null ? title : ResponseCatalog.super.titleFor(intent);
    }

    @Override
    public String declineText() {
        return decline.isEmpty() ? ResponseCatalog.super.declineText() : decline;
    }
}
