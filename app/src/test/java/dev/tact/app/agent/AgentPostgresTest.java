package dev.tact.app.agent;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.Databases;
import dev.tact.app.support.PostgresSchema;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The handoff end to end on PostgreSQL, across two server nodes sharing the database: {@code -Ppostgres}. */
@Tag("postgres")
class AgentPostgresTest {

    private static final String PASSWORD = "agent-password-1";
    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(Databases.postgresServer(schema.url()));
        properties.put("tact.admin-password", "admin-password-for-tests");
        // both nodes must accept each other's tokens
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-shared-secret-of-at-least-32-characters!");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void agentsOnTwoNodesRaceForOneConversationAndOneWins() throws Exception {
        try (EmbeddedServer one = start(); EmbeddedServer two = start()) {
            var first = new ApiClient(one.getURI());
            var second = new ApiClient(two.getURI());
            String admin = first.login("admin", "admin-password-for-tests");
            for (String name : List.of("ada", "bob")) {
                assertThat(first.post("/v1/admin/users", admin, ApiClient.json(Map.of("username", name,
                        "password", PASSWORD, "roles", List.of("agent"))))
                        .status()).isEqualTo(201);
            }
            String ada = first.login("ada", PASSWORD);
            String bob = second.login("bob", PASSWORD);
            for (int round = 0; round < 10; round++) {
                var session = first.create("Grace");
                assertThat(first.say(session, "I want to speak to a person").body().get("state").asText())
                        .isEqualTo("queued");
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Integer>> claims = new ArrayList<>();
                for (var pair : List.of(Map.entry(first, ada), Map.entry(second, bob))) {
                    claims.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return pair.getKey().post("/v1/queue/" + session.id() + "/claim", pair.getValue(), "")
                                .status();
                    }));
                }
                go.countDown();
                List<Integer> statuses = claims.stream().map(CompletableFuture::join).toList();
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                String holder = statuses.get(0) == 200 ? ada : bob;
                var node = statuses.get(0) == 200 ? first : second;
                assertThat(node.post("/v1/agent/conversations/" + session.id() + "/messages", holder,
                        ApiClient.json(Map.of("text", "Hello from a person"))).status()).isEqualTo(201);
                assertThat(node.post("/v1/agent/conversations/" + session.id() + "/resolve", holder,
                        "{\"returnToBot\": true}").body().get("state").asText()).isEqualTo("bot");
                assertThat(first.history(session).body().get("messages").toString()).contains("Hello from a person");
            }
            assertThat(second.get("/v1/admin/service-metrics", admin).body().get("handleTime").get("count").asInt())
                    .isEqualTo(10);
        }
    }
}
