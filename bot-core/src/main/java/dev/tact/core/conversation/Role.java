package dev.tact.core.conversation;

/** Who wrote a message. */
public enum Role {
    CUSTOMER, BOT, AGENT, SYSTEM
}
