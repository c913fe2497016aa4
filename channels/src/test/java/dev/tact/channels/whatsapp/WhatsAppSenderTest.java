package dev.tact.channels.whatsapp;

import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.OutboundSenderContract;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.InProcessEventBus;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The WhatsApp sender against the {@link OutboundSender} contract, on the in-memory outbox. */
class WhatsAppSenderTest extends OutboundSenderContract {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final WhatsAppSettings SETTINGS = new WhatsAppSettings("verify", "secret", "token",
            Fixtures.PHONE_NUMBER_ID, URI.create("http://127.0.0.1:9/v25.0"), 20, 8, Duration.ofSeconds(1),
            Duration.ofMinutes(5), Duration.ofHours(24), "", "en_US");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryWhatsAppOutbox outbox = new InMemoryWhatsAppOutbox();
    private final InProcessEventBus events = new InProcessEventBus();
    private final List<ConversationEvent> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger wakes = new AtomicInteger();
    private final WhatsAppSender sender = new WhatsAppSender(outbox, new CustomerServiceWindow(store, clock, SETTINGS),
            SETTINGS, clock, events, wakes::incrementAndGet);
    private final Conversation open = conversation("16505550001", NOW.minus(Duration.ofHours(1)));
    private final Conversation closed = conversation("16505550002", NOW.minus(Duration.ofHours(25)));

    WhatsAppSenderTest() {
        events.subscribe(published::add);
    }

    private Conversation conversation(String waId, Instant lastCustomerMessage) {
        var user = new WhatsAppUser(Fixtures.PHONE_NUMBER_ID, waId);
        Conversation created = store.create(new Conversation(UUID.randomUUID().toString(), Channel.WHATSAPP,
                user.externalUserId(), "Ada", "", ConversationState.AGENT, lastCustomerMessage, lastCustomerMessage));
        store.append(new Message(UUID.randomUUID().toString(), created.id(), 0, Role.CUSTOMER, MessageKind.TEXT,
                "hello", "wamid." + waId, "", lastCustomerMessage));
        return created;
    }

    @Override
    protected OutboundSender sender() {
        return sender;
    }

    @Override
    protected Conversation conversation() {
        return open;
    }

    @Override
    protected Optional<Conversation> freeTextClosed() {
        return Optional.of(closed);
    }

    @Override
    protected int handedOver(Message message) {
        return (int) outbox.rows().stream()
                .filter(row -> row.entry().messageId().equals(message.id()) && row.state().equals("pending"))
                .count();
    }

    @Override
    protected Message stored(Message message) {
        return store.append(message).orElseThrow();
    }

    @Test
    void sendQueuesTheRequestAndWakesTheWorker() {
        Message reply = message(open, Role.BOT, "Your card is on its way.");
        assertThat(sender.send(open, reply).status()).isEqualTo(SendResult.Status.QUEUED);
        assertThat(outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.entry().key()).isEqualTo("message:" + reply.id());
            assertThat(row.entry().recipient()).isEqualTo("16505550001");
            assertThat(row.entry().kind()).isEqualTo("text");
        });
        assertThat(wakes).hasValue(1);
    }

    @Test
    void agentTextOutsideTheWindowIsRecordedFailedAndPublishedOnce() {
        Message agentText = message(closed, Role.AGENT, "Still there?");
        sender.send(closed, agentText);
        sender.send(closed, agentText);
        assertThat(outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("failed");
            assertThat(row.errorCode()).isEqualTo(WhatsAppSender.WINDOW_CLOSED);
        });
        assertThat(published).filteredOn(ConversationEvent.DeliveryFailed.class::isInstance).hasSize(1);
    }

    @Test
    void botMessageOutsideTheWindowIsStillQueued() {
        assertThat(sender.send(closed, message(closed, Role.BOT, "Thanks for waiting.")).status())
                .isEqualTo(SendResult.Status.QUEUED);
    }

    @Test
    void sendOnADisabledChannelFails() {
        var off = new WhatsAppSender(outbox, new CustomerServiceWindow(store, clock, WhatsAppSettings.disabled()),
                WhatsAppSettings.disabled(), clock, events, wakes::incrementAndGet);
        assertThat(off.send(open, message(open, Role.BOT, "hi")).status()).isEqualTo(SendResult.Status.FAILED);
        assertThat(outbox.rows()).isEmpty();
    }
}
