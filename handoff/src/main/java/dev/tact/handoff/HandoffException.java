package dev.tact.handoff;

import dev.tact.core.TactException;

/** The root of the exceptions the handoff module throws; each carries a stable code for API errors. */
public class HandoffException extends TactException {

    /** What went wrong, in the terms an API maps to a status. */
    public enum Kind {
        /** No such conversation, or none waiting or held. */
        NOT_FOUND,
        /** Someone else has it, or it is no longer in the state the action needs. */
        CONFLICT,
        /** The agent may not act on it (not their team, not theirs). */
        FORBIDDEN,
        /** The request itself is wrong. */
        INVALID
    }

    private final Kind kind;
    private final String code;

    public HandoffException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code sent as {@code error}. */
    public String code() {
        return code;
    }
}
