package dev.tact.core.conversation;

import java.util.Locale;

/** Where a customer talks to Tact. */
public enum Channel {
    /** The web chat: the page reads stored messages from the history and the live stream; nothing is pushed. */
    WEB(false),
    /** WhatsApp: every message to the customer is pushed through the channel's {@code OutboundSender}. */
    WHATSAPP(true);

    private final boolean pushed;

    Channel(boolean pushed) {
        this.pushed = pushed;
    }

    /**
     * True when a message reaches the customer only if it is sent through the channel's {@code OutboundSender};
     * false when the customer reads it from the stored conversation (the web chat).
     */
    public boolean pushed() {
        return pushed;
    }

    /** The lower-case name used in storage and in the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
