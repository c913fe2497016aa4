package dev.tact.app.durability;

import dev.tact.app.support.FakeGraphApi;
import dev.tact.app.support.ServerProcesses;
import dev.tact.app.support.WhatsAppWebhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WhatsApp deliveries acknowledged by a server that is then killed with SIGKILL, before it could send anything
 * (its Graph API is unreachable), are all answered exactly once by the next server on the same database: the
 * inbox and the outbox survive, the redelivery Meta makes after a timeout changes nothing.
 */
class WhatsAppKillNineTest {

    private static final int CUSTOMERS = 12;

    /** Kept when the test fails: the servers' logs are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workingDirectory;

    private ServerProcesses servers;
    private final FakeGraphApi graph = new FakeGraphApi();

    @BeforeEach
    void servers() {
        servers = new ServerProcesses(workingDirectory);
    }

    @AfterEach
    void stopAll() {
        servers.close();
        graph.close();
    }

    private static Map<String, String> whatsApp(URI graphUrl) {
        return Map.of("TACT_WHATSAPP_VERIFY_TOKEN", WhatsAppWebhooks.VERIFY_TOKEN,
                "TACT_WHATSAPP_APP_SECRET", WhatsAppWebhooks.APP_SECRET,
                "TACT_WHATSAPP_ACCESS_TOKEN", WhatsAppWebhooks.ACCESS_TOKEN,
                "TACT_WHATSAPP_PHONE_NUMBER_ID", WhatsAppWebhooks.PHONE_NUMBER_ID,
                "TACT_WHATSAPP_GRAPH_URL", graphUrl.toString());
    }

    @Test
    void everyAcknowledgedDeliveryIsAnsweredOnceAfterKillNine() throws Exception {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v25.0");
        }
        var meta = new WhatsAppWebhooks(servers.start(whatsApp(nowhere)));
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String customer = "1650555" + String.format("%04d", i);
            String delivery = WhatsAppWebhooks.delivery(customer, "Customer " + i,
                    WhatsAppWebhooks.text(customer, "wamid.kill-" + i, Instant.now(), "hello"));
            assertThat(meta.post(delivery).statusCode()).isEqualTo(200);
            deliveries.add(delivery);
        }
        Process first = servers.process(0);
        first.destroyForcibly();  // SIGKILL: whatever the workers had not done yet is only in the database
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();

        var again = new WhatsAppWebhooks(servers.start(whatsApp(graph.url())));
        // Meta redelivers what it thinks may be lost
        deliveries.forEach(delivery -> assertThat(again.post(delivery).statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(60)).until(() -> graph.requests().stream()
                .filter(request -> !request.type().equals("read")).count() >= CUSTOMERS);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> true);
        for (int i = 0; i < CUSTOMERS; i++) {
            assertThat(graph.messagesTo("1650555" + String.format("%04d", i))).as("replies to customer %d", i)
                    .hasSize(1);
        }
    }
}
