package dev.tact.app.whatsapp;

import com.zaxxer.hikari.HikariDataSource;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.app.persistence.OutboxRecords;
import dev.tact.app.persistence.OutboxRecords.Delivery;
import dev.tact.app.support.Databases;
import dev.tact.app.support.FakeGraphApi;
import dev.tact.channels.whatsapp.GraphApi;
import dev.tact.channels.whatsapp.OutboxEntry;
import dev.tact.channels.whatsapp.OutboxWorker;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppSettings;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.InProcessEventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox worker against a fake Graph API on a real socket, with the outbox in an H2 file. */
class OutboxWorkerTest {

    private static final String PHONE = "106540352242922";
    private static final String ADA = "16505550001";
    private static final String BOB = "16505550002";

    @TempDir
    Path directory;

    private final FakeGraphApi graph = new FakeGraphApi();
    private final InProcessEventBus events = new InProcessEventBus();
    private final List<ConversationEvent> published = new CopyOnWriteArrayList<>();
    private HikariDataSource dataSource;
    private WhatsAppOutbox outbox;
    private OutboxRecords records;

    @BeforeEach
    void open() {
        dataSource = open(directory);
        outbox = new JdbcWhatsAppOutbox(dataSource);
        records = new OutboxRecords(dataSource);
        events.subscribe(published::add);
    }

    @AfterEach
    void close() {
        dataSource.close();
        graph.close();
    }

    private static HikariDataSource open(Path directory) {
        return Databases.migrated("jdbc:h2:file:" + directory.resolve("tact") + Databases.H2_OPTIONS + ";WRITE_DELAY=0",
                "sa");
    }

    private static WhatsAppSettings settings(URI graphUrl, int maxAttempts) {
        return new WhatsAppSettings("verify", "secret", "token", PHONE, graphUrl, 1000, maxAttempts,
                Duration.ofMillis(20), Duration.ofMillis(80), Duration.ofHours(24), "", "en_US");
    }

    private OutboxWorker worker(WhatsAppOutbox on, URI graphUrl, int maxAttempts) {
        return new OutboxWorker(on, new GraphApi(graphUrl, "token"), settings(graphUrl, maxAttempts),
                Clock.systemUTC(), events, 2, Duration.ofMillis(50));
    }

    private static OutboxEntry message(String to, String id, String text) {
        return new OutboxEntry("message:" + id, "c-" + to, id, PHONE, to, "text",
                "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"text\", \"text\": {\"body\": \""
                        + text + "\"}}", Instant.now());
    }

    /** Runs rounds until nothing is pending (the worker's own loop does the same on its thread). */
    private void drain(OutboxWorker worker) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            worker.runOnce();
            return records.pendingCount() == 0;
        });
    }

    private Delivery delivery(String to, String id) {
        return records.deliveries("c-" + to).stream().filter(d -> d.messageId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sendRetriesRateLimitsAndServerErrorsThenSucceeds() {
        graph.thenAnswer(429, "").thenAnswer(500, "oops").thenError(400, 130429, "Rate limit hit")
                .thenAnswer(503, "");
        outbox.enqueue(message(ADA, "m1", "hello"));
        OutboxWorker worker = worker(outbox, graph.url(), 8);
        drain(worker);
        assertThat(graph.messagesTo(ADA)).hasSize(5);
        assertThat(published).isEmpty();
        Delivery sent = delivery(ADA, "m1");
        assertThat(sent.state()).isEqualTo("sent");
        assertThat(sent.attempts()).isEqualTo(5);
        assertThat(sent.wamid()).isPresent();
        worker.close();
    }

    @Test
    void sendPermanentErrorIsRecordedWithWhatsAppsCodeAndNotRetried() {
        graph.thenError(400, 131047, "Re-engagement message");
        outbox.enqueue(message(ADA, "m1", "are you there?"));
        OutboxWorker worker = worker(outbox, graph.url(), 8);
        drain(worker);
        assertThat(graph.messagesTo(ADA)).hasSize(1);
        Delivery failed = delivery(ADA, "m1");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.errorCode()).contains("131047");
        assertThat(failed.errorTitle()).contains("Re-engagement message");
        assertThat(published).singleElement().isInstanceOfSatisfying(ConversationEvent.DeliveryFailed.class,
                event -> {
                    assertThat(event.conversationId()).isEqualTo("c-" + ADA);
                    assertThat(event.messageId()).isEqualTo("m1");
                    assertThat(event.code()).isEqualTo("131047");
                    assertThat(event.type()).isEqualTo("message.delivery_failed");
                });
        worker.close();
    }

    @Test
    void sendGivesUpAfterTheAttemptLimit() {
        graph.thenAnswer(500, "").thenAnswer(500, "").thenAnswer(500, "").thenAnswer(500, "");
        outbox.enqueue(message(ADA, "m1", "hello"));
        OutboxWorker worker = worker(outbox, graph.url(), 3);
        drain(worker);
        assertThat(graph.messagesTo(ADA)).hasSize(3);
        assertThat(delivery(ADA, "m1").failed()).isTrue();
        assertThat(delivery(ADA, "m1").errorTitle()).hasValueSatisfying(title -> assertThat(title).startsWith(
                "gave up after 3 attempts"));
        worker.close();
    }

    @Test
    void sendKeepsEachCustomersOrderWhileAnotherCustomerIsServed() {
        graph.thenAnswerFor(ADA, 500, "");
        outbox.enqueue(message(ADA, "a1", "first"));
        outbox.enqueue(message(ADA, "a2", "second"));
        outbox.enqueue(message(BOB, "b1", "other"));
        OutboxWorker worker = worker(outbox, graph.url(), 8);
        drain(worker);
        assertThat(graph.messagesTo(ADA)).extracting(request -> request.body().path("text").path("body").asText())
                .containsExactly("first", "first", "second");
        assertThat(graph.messagesTo(BOB)).hasSize(1);
        worker.close();
    }

    @Test
    void outboxSurvivesARestartWhileTheGraphApiIsUnreachable() throws Exception {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v25.0");
        }
        outbox.enqueue(message(ADA, "m1", "kept"));
        OutboxWorker down = worker(outbox, nowhere, 8);
        down.runOnce();
        down.close();
        assertThat(records.pendingCount()).isEqualTo(1);
        assertThat(delivery(ADA, "m1").errorCode()).contains("network");
        dataSource.close();

        // the process is gone; a new one opens the same database file
        dataSource = open(directory);
        outbox = new JdbcWhatsAppOutbox(dataSource);
        records = new OutboxRecords(dataSource);
        OutboxWorker up = worker(outbox, graph.url(), 8);
        up.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> records.pendingCount() == 0);
        up.close();
        List<FakeGraphApi.Request> received = graph.messagesTo(ADA);
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.text()).isEqualTo("kept");
            assertThat(request.authorization()).isEqualTo("Bearer token");
            assertThat(request.path()).isEqualTo("/v25.0/" + PHONE + "/messages");
        });
        assertThat(delivery(ADA, "m1").attempts()).isEqualTo(2);
    }

    @Test
    void twoNodesOnOneDatabaseSendEachRequestOnce() {
        for (int i = 0; i < 40; i++) {
            outbox.enqueue(message("1650555" + String.format("%04d", i), "n" + i, "only once"));
        }
        OutboxWorker first = worker(outbox, graph.url(), 8);
        OutboxWorker second = worker(new JdbcWhatsAppOutbox(dataSource), graph.url(), 8);
        first.start();
        second.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> records.pendingCount() == 0);
        first.close();
        second.close();
        assertThat(graph.requests()).hasSize(40);
        assertThat(graph.requests()).extracting(FakeGraphApi.Request::to).doesNotHaveDuplicates();
    }
}
