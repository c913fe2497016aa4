package dev.tact.core.decision;

import java.util.Optional;

/** The bot's answers, by intent. */
@FunctionalInterface
public interface ResponseCatalog {

    /** The answer for an intent, or empty when the bot has none and must not pretend to. */
    Optional<String> responseFor(String intent);
}
