package dev.tact.channels.whatsapp;

/** The outbox contract on the in-memory outbox the channel's tests use. */
class InMemoryWhatsAppOutboxTest extends WhatsAppOutboxContract {

    private final InMemoryWhatsAppOutbox outbox = new InMemoryWhatsAppOutbox();

    @Override
    protected WhatsAppOutbox outbox() {
        return outbox;
    }
}
