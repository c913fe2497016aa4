package dev.tact.channels.error;

/** The caller is known but what it asks is refused, e.g. a wrong webhook verification token (answered with 403). */
public class ForbiddenException extends ChannelException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
