package dev.tact.channels.web;

import dev.tact.channels.error.InvalidInputException;
import dev.tact.channels.error.MessageTooLongException;

/** What the web chat accepts from customers. */
public final class WebChatLimits {

    /** The longest customer message, in characters (Unicode code points). */
    public static final int MAX_MESSAGE_CHARACTERS = 4000;
    static final int MAX_NAME_CHARACTERS = 200;
    static final int MAX_CLIENT_MESSAGE_ID = 128;

    private WebChatLimits() {
    }

    /** Checks a customer's message text; returns it unchanged. */
    static String checkText(String text) {
        if (text == null) {
            throw new InvalidInputException("missing_text", "The message needs a 'text' field.");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("empty_message", "The message is empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_MESSAGE_CHARACTERS) {
            throw new MessageTooLongException(length, MAX_MESSAGE_CHARACTERS);
        }
        checkCharacters(text, "text");
        return text;
    }

    static String checkName(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_CHARACTERS) {
            throw new InvalidInputException("name_too_long",
                    "The name is longer than " + MAX_NAME_CHARACTERS + " characters.");
        }
        checkCharacters(trimmed, "name");
        return trimmed;
    }

    static void checkClientMessageId(String id) {
        if (id == null) {
            return;
        }
        if (id.isBlank() || id.length() > MAX_CLIENT_MESSAGE_ID || !id.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException("invalid_client_message_id", "'clientMessageId' must be 1 to "
                    + MAX_CLIENT_MESSAGE_ID + " printable ASCII characters without spaces.");
        }
    }

    /** Control characters other than tab and line breaks are refused (PostgreSQL cannot even store NUL). */
    private static void checkCharacters(String value, String field) {
        boolean bad = value.chars().anyMatch(c -> (c < 32 && c != '\n' && c != '\r' && c != '\t') || c == 127);
        if (bad) {
            throw new InvalidInputException("invalid_characters",
                    "The " + field + " contains control characters.");
        }
    }
}
