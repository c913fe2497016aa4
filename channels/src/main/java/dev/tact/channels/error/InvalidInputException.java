package dev.tact.channels.error;

/** The request is well-formed JSON but its content is not acceptable (answered with 400). */
public class InvalidInputException extends ChannelException {

    public InvalidInputException(String code, String message) {
        super(code, message);
    }
}
