package dev.tact.channels.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The webhook payloads under {@code src/test/resources/whatsapp}, written from Meta's webhook reference. */
final class Fixtures {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String CUSTOMER = "16505551234";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/whatsapp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
