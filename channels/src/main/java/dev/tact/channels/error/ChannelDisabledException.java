package dev.tact.channels.error;

/** A channel whose configuration is missing is switched off (answered with 404). */
public class ChannelDisabledException extends ChannelException {

    public ChannelDisabledException(String channel, String message) {
        super(channel + "_disabled", message);
    }
}
