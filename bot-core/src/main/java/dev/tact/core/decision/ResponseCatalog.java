package dev.tact.core.decision;

import java.util.Optional;

/** The bot's words that belong to a domain: answers by intent, offers of a person, topic titles, the decline. */
@FunctionalInterface
public interface ResponseCatalog {

    /** The answer for an intent, or empty when the bot has none and must not pretend to. */
    Optional<String> responseFor(String intent);

    /**
     * The question that follows the general answer of an account-specific intent, offering a person who can check
     * the customer's account ("Want me to get someone to look at this payment?"), or empty.
     */
    default Optional<String> offerFor(String intent) {
        return Optional.empty();
    }

    /** A short title of an intent for a choice button (at most 24 characters). */
    default String titleFor(String intent) {
        String words = intent.replace('_', ' ');
        String title = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return title.length() <= 24 ? title : title.substring(0, 23).strip() + "…";
    }

    /** What the bot says to an off-topic request: plainly what it helps with. */
    default String declineText() {
        return "I'm sorry, that's not something I can help with here.";
    }
}
