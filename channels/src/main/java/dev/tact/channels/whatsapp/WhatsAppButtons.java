package dev.tact.channels.whatsapp;

import java.util.Optional;

/**
 * The reply buttons Tact adds to its WhatsApp messages, and what a tap on each means to the engine. A tap arrives as
 * an {@code interactive.button_reply} with the button's id; the engine gets a plain sentence it understands.
 */
public enum WhatsAppButtons {

    /** Under an answer: the customer says it helped (the satisfaction question). */
    HELPED("tact.helped", "Yes, thanks", "Thanks, that helped."),
    /** Under an answer or a question back: the customer asks for a person. */
    HUMAN("tact.human", "Talk to a person", "I want to talk to a person.");

    private final String id;
    private final String title;
    private final String meaning;

    WhatsAppButtons(String id, String title, String meaning) {
        this.id = id;
        this.title = title;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    /** The label on the button (WhatsApp allows 20 characters). */
    public String title() {
        return title;
    }

    /** What the engine receives when the customer taps it. */
    public String meaning() {
        return meaning;
    }

    public static Optional<WhatsAppButtons> byId(String id) {
        for (WhatsAppButtons button : values()) {
            if (button.id.equals(id)) {
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }
}
