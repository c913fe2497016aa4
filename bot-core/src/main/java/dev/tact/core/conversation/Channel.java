package dev.tact.core.conversation;

import java.util.Locale;

/** Where a customer talks to Tact. */
public enum Channel {
    WEB, WHATSAPP;

    /** The lower-case name used in storage and in the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
