package dev.tact.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.persistence.OutboxRecords;
import dev.tact.app.persistence.OutboxRecords.Delivery;
import dev.tact.app.support.FakeGraphApi;
import dev.tact.app.support.WhatsAppWebhooks;
import dev.tact.channels.error.ServiceWindowClosedException;
import dev.tact.channels.whatsapp.CustomerServiceWindow;
import dev.tact.channels.whatsapp.InboxWorker;
import dev.tact.channels.whatsapp.WhatsAppButtons;
import dev.tact.channels.whatsapp.WhatsAppSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.tact.app.support.WhatsAppWebhooks.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The WhatsApp channel end to end: signed deliveries to the real server, the engine, the outbox and a fake Graph
 * API on a real socket.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppChannelTest implements TestPropertyProvider {

    private static final Domain BANKING = DomainLoader.bundled("banking");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final FakeGraphApi graph = new FakeGraphApi();

    @Inject
    EmbeddedServer server;
    @Inject
    ConversationStore store;
    @Inject
    DataSource dataSource;
    @Inject
    WhatsAppSender sender;
    @Inject
    CustomerServiceWindow window;
    @Inject
    EventBus events;

    private WhatsAppWebhooks meta;
    private String customer;

    @Override
    public Map<String, String> getProperties() {
        return WhatsAppWebhooks.configuration(graph.url(),
                Map.of("tact.whatsapp.first-retry", "50ms", "tact.whatsapp.max-retry", "200ms"));
    }

    @AfterAll
    void stopGraph() {
        graph.close();
    }

    @BeforeEach
    void newCustomer() {
        meta = new WhatsAppWebhooks(server.getURI());
        customer = "1650" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
    }

    private static String wamid() {
        return "wamid." + UUID.randomUUID();
    }

    private Conversation conversation() {
        return store.findByExternalUser(Channel.WHATSAPP, PHONE_NUMBER_ID + ":" + customer).orElseThrow();
    }

    private JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    @Test
    void verifyWithTheTokenEchoesTheChallenge() {
        var response = meta.verify("subscribe", WhatsAppWebhooks.VERIFY_TOKEN, "1158201444");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
    }

    @Test
    void verifyWithAWrongTokenOrModeIsForbidden() throws Exception {
        var wrong = meta.verify("subscribe", "guess", "1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong.body()).path("error").asText()).isEqualTo("forbidden");
        assertThat(meta.verify("unsubscribe", WhatsAppWebhooks.VERIFY_TOKEN, "1").statusCode()).isEqualTo(403);
    }

    @Test
    void receiveUnsignedOrTamperedDeliveriesIsUnauthorizedAndStoresNothing() throws Exception {
        String body = WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.text(customer, wamid(), Instant.now(), "hello"));
        var unsigned = meta.post(body, null);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(json(unsigned.body()).path("error").asText()).isEqualTo("unauthorized");
        String tampered = body.replace("hello", "hellO");
        assertThat(meta.post(tampered, meta.sign(body)).statusCode()).isEqualTo(401);
        assertThat(meta.post(body, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(store.findByExternalUser(Channel.WHATSAPP, PHONE_NUMBER_ID + ":" + customer)).isEmpty();
    }

    @Test
    void receiveSignedButMalformedIsABadRequestNotAServerError() throws Exception {
        var response = meta.post("{\"object\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).path("error").asText()).isEqualTo("malformed_json");
        assertThat(meta.post("{\"object\": \"page\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void receiveTextIsAnsweredOnWhatsAppAfterAReadReceiptWithTyping() throws Exception {
        String id = wamid();
        var response = meta.post(WhatsAppWebhooks.delivery(customer, "Sheena Nelson",
                WhatsAppWebhooks.text(customer, id, Instant.now(), "how do I change my PIN?")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("stored").asInt()).isEqualTo(1);

        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 1);
        FakeGraphApi.Request reply = graph.messagesTo(customer).get(0);
        assertThat(reply.path()).isEqualTo("/v25.0/" + PHONE_NUMBER_ID + "/messages");
        assertThat(reply.authorization()).isEqualTo("Bearer " + WhatsAppWebhooks.ACCESS_TOKEN);
        assertThat(reply.type()).isEqualTo("interactive");
        assertThat(reply.text()).isIn(BANKING.intent("change_pin").orElseThrow().responses());
        assertThat(reply.body().path("interactive").path("action").path("buttons").findValuesAsText("id"))
                .containsExactly(WhatsAppButtons.HELPED.id(), WhatsAppButtons.HUMAN.id());

        List<FakeGraphApi.Request> all = graph.requests();
        int read = indexOf(all, request -> request.type().equals("read")
                && request.body().path("message_id").asText().equals(id));
        assertThat(read).isNotNegative().isLessThan(all.indexOf(reply));
        assertThat(all.get(read).body().path("typing_indicator").path("type").asText()).isEqualTo("text");

        Conversation conversation = conversation();
        assertThat(conversation.customerName()).isEqualTo("Sheena Nelson");
        assertThat(store.messages(conversation.id())).extracting(Message::role).containsExactly(Role.CUSTOMER, Role.BOT);
        await().atMost(PATIENCE).until(() -> new OutboxRecords(dataSource).deliveries(conversation.id()).stream()
                .allMatch(delivery -> delivery.state().equals("sent")));
    }

    @Test
    void accountQuestionIsAnsweredWithTheOfferAndATapOnItQueuesTheCustomer() throws Exception {
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada", WhatsAppWebhooks.text(customer, wamid(), Instant.now(),
                "my card payment has been pending for three days, is that normal?")));
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 1);
        FakeGraphApi.Request offer = graph.messagesTo(customer).get(0);
        assertThat(offer.type()).isEqualTo("interactive");
        JsonNode buttons = offer.body().path("interactive").path("action").path("buttons");
        assertThat(buttons.findValuesAsText("id")).containsExactly("person", "no");
        assertThat(buttons.findValuesAsText("title")).containsExactly("Yes, get someone", "No, thanks");

        meta.post(WhatsAppWebhooks.delivery(customer, "Ada", WhatsAppWebhooks.buttonReply(customer, wamid(),
                Instant.now(), "person", "Yes, get someone")));
        await().atMost(PATIENCE).until(() -> conversation().state() == ConversationState.QUEUED);
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 2);
        assertThat(graph.messagesTo(customer).get(1).text()).contains("won't need to repeat yourself");
    }

    @Test
    void receiveTheSameWamidTwiceIsStoredAndAnsweredOnce() throws Exception {
        String delivery = WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.text(customer, wamid(), Instant.now(), "hi"));
        assertThat(json(meta.post(delivery).body()).path("stored").asInt()).isEqualTo(1);
        var again = json(meta.post(delivery).body());
        assertThat(again.path("stored").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 1);
        // a redelivery after the turn ran is dropped as well
        meta.post(delivery);
        await().during(Duration.ofMillis(800)).atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 1);
        assertThat(store.messages(conversation().id())).filteredOn(Message::fromCustomer).hasSize(1);
    }

    @Test
    void receiveABurstOutOfOrderRunsTheTurnsInWhatsAppsOrder() {
        Instant now = Instant.now();
        // delivered newest first; the customer wrote "hi" first
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.text(customer, wamid(), now, "how do I change my PIN?"),
                WhatsAppWebhooks.text(customer, wamid(), now.minusSeconds(5), "hi")));
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 2);
        assertThat(store.messages(conversation().id())).filteredOn(Message::fromCustomer).extracting(Message::text)
                .containsExactly("hi", "how do I change my PIN?");
        assertThat(graph.messagesTo(customer).get(1).text())
                .isIn(BANKING.intent("change_pin").orElseThrow().responses());
    }

    @Test
    void receiveALargeBatchAboveTheCustomerApisBodyLimitIsAccepted() throws Exception {
        Instant now = Instant.now();
        var messages = new com.fasterxml.jackson.databind.node.ObjectNode[40];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = WhatsAppWebhooks.text(customer, wamid(), now.plusSeconds(i), "x".repeat(4000));
        }
        String delivery = WhatsAppWebhooks.delivery(customer, "Ada", messages);
        assertThat(delivery.length()).isGreaterThan(128 * 1024);
        var response = meta.post(delivery);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("stored").asInt()).isEqualTo(40);
    }

    @Test
    void receiveMediaGetsThePoliteTextOnlyAnswer() {
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.image(customer, wamid(), Instant.now(), "1003383421387256")));
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 1);
        assertThat(graph.messagesTo(customer).get(0).type()).isEqualTo("text");
        assertThat(graph.messagesTo(customer).get(0).text()).isEqualTo(InboxWorker.TEXT_ONLY);
        assertThat(store.messages(conversation().id())).first().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.ATTACHMENT);
            assertThat(message.text()).contains("media 1003383421387256");
        });
    }

    @Test
    void customerEscalatesThenMediaIsKeptForTheAgentAndTheAgentsReplyReachesTheCustomer() {
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada", WhatsAppWebhooks.buttonReply(customer, wamid(),
                Instant.now(), WhatsAppButtons.HUMAN.id(), WhatsAppButtons.HUMAN.title())));
        await().atMost(PATIENCE).until(() -> conversation().state() == ConversationState.QUEUED
                && graph.messagesTo(customer).size() == 1);
        assertThat(graph.messagesTo(customer).get(0).text()).contains("line");

        meta.post(WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.image(customer, wamid(), Instant.now(), "1003383421387999")));
        await().atMost(PATIENCE).until(() -> store.messages(conversation().id()).stream()
                .anyMatch(message -> message.kind() == MessageKind.ATTACHMENT));
        assertThat(graph.messagesTo(customer)).hasSize(1);

        // what the agent console's POST /v1/agent/conversations/{id}/messages does (issue 5): check, store, send
        Conversation conversation = conversation();
        window.requireOpen(conversation);
        sender.requireFreeTextAllowed(conversation);
        Message agentText = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0, Role.AGENT,
                MessageKind.TEXT, "Hello Ada, I'm Sam. I can see the photo.", "", "", Instant.now())).orElseThrow();
        assertThat(sender.send(conversation, agentText).status()).isEqualTo(SendResult.Status.QUEUED);
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).size() == 2);
        assertThat(graph.messagesTo(customer).get(1).text()).isEqualTo("Hello Ada, I'm Sam. I can see the photo.");
        assertThat(graph.messagesTo(customer).get(1).to()).isEqualTo(customer);
    }

    @Test
    void agentFreeTextOutsideTheWindowIsRefusedAndRecordedNotDropped() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(25));
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada", WhatsAppWebhooks.text(customer, wamid(), longAgo,
                "I want to talk to a person")));
        await().atMost(PATIENCE).until(() -> store.findByExternalUser(Channel.WHATSAPP,
                PHONE_NUMBER_ID + ":" + customer).map(found -> found.state() == ConversationState.QUEUED).orElse(false));
        Conversation conversation = conversation();
        assertThat(window.check(conversation).open()).isFalse();
        assertThatThrownBy(() -> window.requireOpen(conversation)).isInstanceOf(ServiceWindowClosedException.class)
                .hasMessageContaining("24 hours");
        assertThatThrownBy(() -> sender.requireFreeTextAllowed(conversation))
                .isInstanceOf(ServiceWindowClosedException.class);
        int before = graph.messagesTo(customer).size();
        List<ConversationEvent> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        EventBus.Subscription subscription = events.subscribe(published::add);
        Message agentText = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0, Role.AGENT,
                MessageKind.TEXT, "Sorry for the wait", "", "", Instant.now())).orElseThrow();
        assertThat(sender.send(conversation, agentText).status()).isEqualTo(SendResult.Status.FAILED);
        assertThat(new OutboxRecords(dataSource).deliveries(conversation.id())).filteredOn(d -> d.messageId().equals(agentText.id()))
                .singleElement().satisfies(delivery -> {
                    assertThat(delivery.failed()).isTrue();
                    assertThat(delivery.errorCode()).contains(WhatsAppSender.WINDOW_CLOSED);
                });
        subscription.close();
        assertThat(published).filteredOn(ConversationEvent.DeliveryFailed.class::isInstance)
                .extracting(ConversationEvent::conversationId).containsExactly(conversation.id());
        assertThat(published).filteredOn(ConversationEvent.DeliveryFailed.class::isInstance)
                .extracting(event -> ((ConversationEvent.DeliveryFailed) event).action())
                .containsExactly(ConversationEvent.DeliveryFailed.TEMPLATE_REQUIRED);
        await().during(Duration.ofMillis(500)).atMost(PATIENCE)
                .until(() -> graph.messagesTo(customer).size() == before);
    }

    @Test
    void statusesUpdateTheDeliveryAndNeverGoBack() throws Exception {
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.text(customer, wamid(), Instant.now(), "hi")));
        await().atMost(PATIENCE).until(() -> store.findByExternalUser(Channel.WHATSAPP,
                PHONE_NUMBER_ID + ":" + customer).map(found -> new OutboxRecords(dataSource).deliveries(found.id()).stream()
                .anyMatch(delivery -> delivery.wamid().isPresent())).orElse(false));
        Conversation conversation = conversation();
        Delivery sent = new OutboxRecords(dataSource).deliveries(conversation.id()).get(0);
        String out = sent.wamid().orElseThrow();
        long t = Instant.now().getEpochSecond();
        var response = meta.post(WhatsAppWebhooks.statuses(customer, new Object[] {out, "read", t + 2},
                new Object[] {out, "delivered", t + 1}, new Object[] {out, "sent", t}));
        assertThat(json(response.body()).path("statuses").asInt()).isEqualTo(3);
        assertThat(new OutboxRecords(dataSource).deliveries(conversation.id()).get(0).status()).contains("read");
        List<ConversationEvent> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        EventBus.Subscription subscription = events.subscribe(published::add);
        meta.post(WhatsAppWebhooks.statuses(customer, new Object[] {out, "failed", t + 3, 131026,
                "Message undeliverable"}));
        subscription.close();
        assertThat(published).singleElement().isInstanceOfSatisfying(ConversationEvent.DeliveryFailed.class,
                event -> {
                    assertThat(event.messageId()).isEqualTo(sent.messageId());
                    assertThat(event.code()).isEqualTo("131026");
                    assertThat(event.detail()).isEqualTo("Message undeliverable");
                    assertThat(event.action()).isEmpty();
                });
        Delivery failed = new OutboxRecords(dataSource).deliveries(conversation.id()).get(0);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.errorCode()).contains("131026");
        assertThat(failed.errorTitle()).contains("Message undeliverable");
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
