package dev.tact.channels.whatsapp;

import java.util.Objects;

/**
 * A customer as WhatsApp knows them: the business number they wrote to and their WhatsApp id. Conversations are
 * keyed by (channel, external user id), so both parts go into the external user id, {@code phoneNumberId:waId}.
 */
public record WhatsAppUser(String phoneNumberId, String waId) {

    private static final char SEPARATOR = ':';

    public WhatsAppUser {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId must not be null");
        Objects.requireNonNull(waId, "waId must not be null");
        if (phoneNumberId.isBlank() || waId.isBlank() || phoneNumberId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("phoneNumberId and waId must be non-blank, phoneNumberId without ':'");
        }
    }

    public String externalUserId() {
        return phoneNumberId + SEPARATOR + waId;
    }

    public static WhatsAppUser parse(String externalUserId) {
        int at = externalUserId.indexOf(SEPARATOR);
        if (at <= 0 || at == externalUserId.length() - 1) {
            throw new IllegalArgumentException("not a WhatsApp external user id");
        }
        return new WhatsAppUser(externalUserId.substring(0, at), externalUserId.substring(at + 1));
    }
}
