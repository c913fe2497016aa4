package dev.tact.core.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * A reply the bot offers the customer to pick instead of typing (a button on the web page, a reply button or a list
 * row on WhatsApp). Picking it sends its {@code title} as the customer's message; the engine recognises it by the
 * title and reads the {@code id}.
 *
 * @param id    what picking it means: {@link #PERSON}, {@link #NO}, or {@link #INTENT_PREFIX} and an intent's name
 * @param title what the customer sees and sends (at most {@value #MAX_TITLE} characters, WhatsApp's limit for a
 *              list row)
 */
public record Choice(String id, String title) {

    /** "Yes, get someone": the customer wants a person. */
    public static final String PERSON = "person";
    /** "No, thanks": the customer declines the offer. */
    public static final String NO = "no";
    /** A topic the customer means, e.g. {@code intent:card_arrival}. */
    public static final String INTENT_PREFIX = "intent:";
    public static final int MAX_TITLE = 24;

    public Choice {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a choice needs an id and a title");
        }
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a choice's title has at most " + MAX_TITLE + " characters: " + title);
        }
    }

    /** The topic choice for an intent. */
    public static Choice intent(String intent, String title) {
        return new Choice(INTENT_PREFIX + intent, title);
    }

    /** The intent this choice names, if it is a topic choice. */
    public Optional<String> intent() {
        return id.startsWith(INTENT_PREFIX) ? Optional.of(id.substring(INTENT_PREFIX.length()))
                : Optional.empty();
    }

    /** True when {@code text} is what picking this choice sends (case and surrounding space ignored). */
    public boolean pickedBy(String text) {
        return title.equalsIgnoreCase(text.strip());
    }
}
