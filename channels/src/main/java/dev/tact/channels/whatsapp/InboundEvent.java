package dev.tact.channels.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * One customer message from a webhook delivery, as it goes into the inbox.
 *
 * @param user        who wrote, to which business number
 * @param profileName the customer's WhatsApp profile name, or an empty string
 * @param wamid       WhatsApp's id of the message; a redelivery carries the same one
 * @param type        WhatsApp's message type ({@code text}, {@code interactive}, {@code image}…)
 * @param text        the customer's text, or for a message the bot cannot read a typed placeholder such as
 *                    {@code [image · media 1234 · image/jpeg]} that an agent can act on
 * @param readable    true when {@code text} is something the customer wrote or chose (text, buttons, list rows)
 * @param sentAt      WhatsApp's timestamp of the message (second precision)
 */
public record InboundEvent(WhatsAppUser user, String profileName, String wamid, String type, String text,
                           boolean readable, Instant sentAt) {

    public InboundEvent {
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(profileName, "profileName must not be null");
        Objects.requireNonNull(wamid, "wamid must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(sentAt, "sentAt must not be null");
    }
}
