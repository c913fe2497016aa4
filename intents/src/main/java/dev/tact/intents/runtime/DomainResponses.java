package dev.tact.intents.runtime;

import dev.tact.core.decision.ResponseCatalog;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.IntentDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** The answers written in a domain's files; an intent with several variants answers with one of them at random. */
public final class DomainResponses implements ResponseCatalog {

    private final Map<String, List<String>> responses;

    public DomainResponses(Domain domain) {
        this.responses = domain.intents().stream().filter(intent -> !intent.responses().isEmpty())
                .collect(Collectors.toUnmodifiableMap(IntentDefinition::name, IntentDefinition::responses));
    }

    @Override
    public Optional<String> responseFor(String intent) {
        List<String> variants = responses.get(intent);
        if (variants == null) {
            return Optional.empty();
        }
        return Optional.of(variants.get(ThreadLocalRandom.current().nextInt(variants.size())));
    }
}
