package dev.tact.channels.error;

/** A message is longer than a channel accepts (answered with 413). */
public class MessageTooLongException extends ChannelException {

    public MessageTooLongException(int length, int limit) {
        super("message_too_long", "The message has " + length + " characters; the limit is " + limit + ".");
    }
}
