package dev.tact.channels.error;

/** The caller did not prove it may use this conversation (answered with 401). */
public class AccessDeniedException extends ChannelException {

    public AccessDeniedException(String message) {
        super("unauthorized", message);
    }
}
