package dev.tact.handoff.queue;

import java.util.Locale;

/** Where one handoff of a conversation stands. */
public enum HandoffState {
    /** In line for a person. */
    WAITING,
    /** An agent holds it. */
    CLAIMED,
    /** The agent finished: closed, or given back to the bot. */
    RESOLVED,
    /** The customer left while waiting. */
    ABANDONED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffState fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    public boolean open() {
        return this == WAITING || this == CLAIMED;
    }
}
