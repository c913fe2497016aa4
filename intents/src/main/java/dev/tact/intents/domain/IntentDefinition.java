package dev.tact.intents.domain;

import java.util.List;
import java.util.Objects;

/**
 * One intent of a domain, as an analyst wrote it.
 *
 * @param name        lower-case letters, digits and underscores; unique in the domain
 * @param description what the intent is about, for analysts and agents (may be empty)
 * @param examples    example customer texts (from the YAML and from the CSV files)
 * @param responses   answer variants; empty only when the intent is always handled by a person
 * @param handoff     the intent's own handoff rules
 * @param team        the team that takes it when it goes to a person (may be empty: the default team)
 * @param title       a short title for a choice button, at most 24 characters (may be empty: made from the name)
 */
public record IntentDefinition(String name, String description, List<String> examples, List<String> responses,
                               HandoffOverrides handoff, String team, String title) {

    public IntentDefinition(String name, String description, List<String> examples, List<String> responses,
                            HandoffOverrides handoff, String team) {
        this(name, description, examples, responses, handoff, team, "");
    }

    public IntentDefinition {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(handoff, "handoff must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(title, "title must not be null");
        examples = List.copyOf(examples);
        responses = List.copyOf(responses);
    }
}
