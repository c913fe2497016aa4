package dev.tact.handoff.queue;

import java.util.Locale;

/** Whether an agent can take conversations now. */
public enum Presence {
    ONLINE, AWAY, OFFLINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Presence fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
