package dev.tact.channels.error;

import dev.tact.core.TactException;

/** The root of the exceptions a channel adapter throws when a request cannot be served. */
public abstract class ChannelException extends TactException {

    private final String code;

    protected ChannelException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable code sent as {@code error} in the response. */
    public String code() {
        return code;
    }
}
