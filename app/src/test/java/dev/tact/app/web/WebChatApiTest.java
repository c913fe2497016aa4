package dev.tact.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tact.app.support.ApiClient;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest
class WebChatApiTest {

    private static final Domain BANKING = DomainLoader.bundled("banking");

    @Inject
    EmbeddedServer server;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    private static List<String> texts(JsonNode history) {
        return StreamSupport.stream(history.get("messages").spliterator(), false)
                .map(message -> message.get("role").asText() + ": " + message.get("text").asText())
                .toList();
    }

    @Test
    void createReturnsIdAndTokenAndAnEmptyConversation() {
        var reply = api.post("/v1/conversations", null, "{\"customer\": {\"name\": \"Ada\"}}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("id").asText()).isNotBlank();
        assertThat(reply.body().get("token").asText()).hasSizeGreaterThanOrEqualTo(43);
        var session = new ApiClient.Session(reply.body().get("id").asText(), reply.body().get("token").asText());
        var history = api.history(session);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get("state").asText()).isEqualTo("bot");
        assertThat(history.body().get("messages")).isEmpty();
    }

    @Test
    void createWithoutBodyWorks() {
        assertThat(api.post("/v1/conversations", null, "").status()).isEqualTo(201);
        assertThat(api.post("/v1/conversations", null, "{}").status()).isEqualTo(201);
    }

    @Test
    void sayClearQuestionGetsTheAnswerAndHistoryKeepsBoth() {
        var session = api.create("Ada");
        var reply = api.say(session, "how do I change my PIN?");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("state").asText()).isEqualTo("bot");
        assertThat(reply.body().get("replies")).hasSize(1);
        assertThat(reply.body().get("replies").get(0).get("role").asText()).isEqualTo("bot");
        String answer = reply.body().get("replies").get(0).get("text").asText();
        assertThat(answer).isIn(BANKING.intent("change_pin").orElseThrow().responses());
        assertThat(reply.body().get("replies").get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(reply.body().has("queuePosition")).isFalse();
        assertThat(texts(api.history(session).body()))
                .containsExactly("customer: how do I change my PIN?", "bot: " + answer);
    }

    @Test
    void sayHumanRequestQueuesAndTellsThePlaceInLine() {
        var session = api.create("Ada");
        var reply = api.say(session, "I want to talk to a real person");
        assertThat(reply.body().get("state").asText()).isEqualTo("queued");
        assertThat(reply.body().get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(reply.body().get("replies").get(0).get("role").asText()).isEqualTo("system");
        assertThat(reply.body().get("replies").get(0).get("text").asText()).contains("in line");
        var waiting = api.say(session, "hello?");
        assertThat(waiting.body().get("replies")).isEmpty();
        assertThat(waiting.body().get("state").asText()).isEqualTo("queued");
        assertThat(api.history(session).body().get("state").asText()).isEqualTo("queued");
        assertThat(api.history(session).body().get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(texts(api.history(session).body())).last().isEqualTo("customer: hello?");
    }

    @Test
    void sayTwiceWithTheSameClientMessageIdIsAnsweredOnce() {
        var session = api.create("Ada");
        String body = ApiClient.json(Map.of("text", "hi", "clientMessageId", "c-1"));
        var first = api.post("/v1/conversations/" + session.id() + "/messages", session.token(), body);
        var again = api.post("/v1/conversations/" + session.id() + "/messages", session.token(), body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("replies")).isEqualTo(first.body().get("replies"));
        assertThat(api.history(session).body().get("messages")).hasSize(2);
    }

    @Test
    void sendAnswerAndStreamCarryTheSameIdsAndTheClientMessageId() {
        var session = api.create("Ada");
        var stream = api.listen(session);
        try {
            var reply = api.post("/v1/conversations/" + session.id() + "/messages", session.token(),
                    ApiClient.json(Map.of("text", "how do I change my PIN?", "clientMessageId", "k-42")));
            assertThat(reply.status()).isEqualTo(200);
            JsonNode mine = reply.body().get("message");
            assertThat(mine.get("role").asText()).isEqualTo("customer");
            assertThat(mine.get("clientMessageId").asText()).isEqualTo("k-42");
            JsonNode answer = reply.body().get("replies").get(0);
            assertThat(answer.get("id").asText()).isNotBlank().isNotEqualTo(mine.get("id").asText());
            assertThat(answer.get("clientMessageId").asText()).isEqualTo("k-42");

            await().atMost(5, TimeUnit.SECONDS).until(() -> stream.frames().size() >= 3);
            JsonNode customerFrame = stream.frames().get(1).get("message");
            JsonNode replyFrame = stream.frames().get(2).get("message");
            assertThat(customerFrame.get("id")).isEqualTo(mine.get("id"));
            assertThat(customerFrame.get("clientMessageId").asText()).isEqualTo("k-42");
            assertThat(replyFrame.get("id")).isEqualTo(answer.get("id"));
            assertThat(replyFrame.get("clientMessageId").asText()).isEqualTo("k-42");
            assertThat(replyFrame.get("text")).isEqualTo(answer.get("text"));

            JsonNode history = api.history(session).body().get("messages");
            assertThat(history.get(0).get("id")).isEqualTo(mine.get("id"));
            assertThat(history.get(0).get("clientMessageId").asText()).isEqualTo("k-42");
            assertThat(history.get(1).get("id")).isEqualTo(answer.get("id"));
        } finally {
            stream.close();
        }
    }

    @Test
    void sendWithoutClientMessageIdAnswersWithTheOneTheServerGave() {
        var session = api.create("Ada");
        var reply = api.say(session, "hello");
        String given = reply.body().get("message").get("clientMessageId").asText();
        assertThat(given).isNotBlank();
        assertThat(reply.body().get("replies").get(0).get("clientMessageId").asText()).isEqualTo(given);
    }

    @Test
    void crossOriginRequestsAreRefusedWhileNoSiteIsAllowed() {
        var refused = api.fromOrigin("POST", "/v1/conversations", "http://127.0.0.1:3000", null, "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("error").asText()).isEqualTo("origin_not_allowed");
        String self = "http://" + server.getHost() + ":" + server.getPort();
        assertThat(api.fromOrigin("POST", "/v1/conversations", self, null, "{}").status())
                .as("the page at / posts with its own origin").isEqualTo(201);
        var session = api.create("Ada");
        var stream = api.stream("/v1/conversations/" + session.id() + "/stream", session.token(),
                "http://127.0.0.1:3000");
        assertThat(stream.closed()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(4403);
    }

    @Test
    void tokenOfOneConversationNeverOpensAnother() {
        var alice = api.create("Alice");
        var bob = api.create("Bob");
        api.say(alice, "my secret question");
        var stolen = new ApiClient.Session(alice.id(), bob.token());
        assertThat(api.history(stolen).status()).isEqualTo(401);
        assertThat(api.say(stolen, "hi").status()).isEqualTo(401);
        assertThat(texts(api.history(alice).body())).hasSize(2);
        assertThat(api.history(bob).body().get("messages")).isEmpty();
        var stream = api.stream(alice, bob.token());
        assertThat(stream.closed()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(4401);
    }

    @Test
    void badInputsGetTheRightStatusAJsonErrorAndStoreNothing() {
        var session = api.create("Ada");
        api.say(session, "hi");
        String path = "/v1/conversations/" + session.id() + "/messages";
        String tooLong = "a".repeat(4001);
        String emojiAtTheLimit = "😀".repeat(4000);

        assertError(api.post(path, session.token(), ApiClient.json(Map.of("text", tooLong))), 413, "message_too_long");
        assertError(api.post(path, session.token(), ApiClient.json(Map.of("text", "   "))), 400, "empty_message");
        assertError(api.post(path, session.token(), "{}"), 400, "missing_text");
        assertError(api.post(path, session.token(), "{\"text\": \"unclosed"), 400, "malformed_json");
        assertError(api.post(path, session.token(), "{\"text\": 42}"), 400, "malformed_json");
        assertError(api.post(path, session.token(), "{\"text\": \"a\\u0000b\"}"), 400, "invalid_characters");
        assertError(api.post(path, session.token(), "{\"text\": \"hi\", \"clientMessageId\": \"has space\"}"), 400,
                "invalid_client_message_id");
        assertError(api.post(path, session.token(), ApiClient.json(Map.of("text", "hi", "clientMessageId",
                "k".repeat(129)))), 400, "invalid_client_message_id");
        assertError(api.post(path, session.token(), ApiClient.json(Map.of("text", "hi", "clientMessageId",
                "caf\u00e9"))), 400, "invalid_client_message_id");
        assertError(api.post(path, session.token(), "{\"text\": \"hi\", \"clientMessageId\": 7}"), 400,
                "malformed_json");
        assertError(api.post(path, session.token(), ApiClient.json(Map.of("text", "x".repeat(70_000)))), 413,
                "payload_too_large");
        assertError(api.post(path, "wrong-token", ApiClient.json(Map.of("text", "hi"))), 401, "unauthorized");
        assertError(api.post(path, null, ApiClient.json(Map.of("text", "hi"))), 401, "unauthorized");
        assertError(api.post("/v1/conversations/no-such-id/messages", session.token(),
                ApiClient.json(Map.of("text", "hi"))), 404, "conversation_not_found");
        assertError(api.get("/v1/conversations/no-such-id/messages", session.token()), 404, "conversation_not_found");
        assertError(api.get("/v1/nothing-here", null), 404, "not_found");

        assertThat(texts(api.history(session).body())).hasSize(2);
        // 4,000 characters is allowed, counted as characters rather than UTF-16 units; the server still serves
        assertThat(api.say(session, emojiAtTheLimit).status()).isEqualTo(200);
        assertThat(api.history(session).body().get("messages")).hasSize(4);
    }

    private static void assertError(ApiClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.body().get("error").asText()).isEqualTo(code);
        assertThat(reply.body().get("message").asText()).isNotBlank();
    }

    @Test
    void streamDeliversEveryMessageAndTheStateChange() {
        var session = api.create("Ada");
        var stream = api.stream(session, session.token());
        try {
            // the server registers the stream after the handshake; its first frame says it is listening
            await().atMost(5, TimeUnit.SECONDS).until(() -> !stream.frames().isEmpty());
            api.say(session, "hello");
            api.say(session, "get me a human please");
            await().atMost(15, TimeUnit.SECONDS).until(() -> stream.frames().size() >= 6);
            List<JsonNode> all = stream.frames();
            assertThat(all).extracting(frame -> frame.get("type").asText())
                    .containsExactly("state", "message", "message", "message", "state", "message");
            assertThat(all.get(0).get("state").asText()).isEqualTo("bot");
            assertThat(all.get(0).has("queuePosition")).isFalse();
            List<JsonNode> frames = all.subList(1, all.size());
            assertThat(frames.get(0).get("message").get("role").asText()).isEqualTo("customer");
            assertThat(frames.get(0).get("message").get("text").asText()).isEqualTo("hello");
            assertThat(frames.get(0).get("message").get("id").asText()).isNotBlank();
            assertThat(frames.get(1).get("message").get("role").asText()).isEqualTo("bot");
            assertThat(frames.get(3).get("state").asText()).isEqualTo("queued");
            assertThat(frames.get(3).get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(frames.get(4).get("message").get("role").asText()).isEqualTo("system");
        } finally {
            stream.close();
        }
    }

    @Test
    void streamOfAnotherConversationSeesNothing() {
        var alice = api.create("Alice");
        var bob = api.create("Bob");
        var bobStream = api.stream(bob, bob.token());
        var aliceStream = api.stream(alice, alice.token());
        try {
            await().atMost(5, TimeUnit.SECONDS)
                    .until(() -> !aliceStream.frames().isEmpty() && !bobStream.frames().isEmpty());
            api.say(alice, "hello");
            await().atMost(5, TimeUnit.SECONDS).until(() -> aliceStream.frames().size() >= 3);
            assertThat(bobStream.frames()).extracting(frame -> frame.get("type").asText()).containsExactly("state");
        } finally {
            bobStream.close();
            aliceStream.close();
        }
    }

    @Test
    void streamOpenedWhileQueuedStartsWithThePlaceInLine() {
        var session = api.create("Ada");
        api.say(session, "I want a human");
        var stream = api.stream(session, session.token());
        try {
            await().atMost(5, TimeUnit.SECONDS).until(() -> !stream.frames().isEmpty());
            assertThat(stream.frames().get(0).get("state").asText()).isEqualTo("queued");
            assertThat(stream.frames().get(0).get("queuePosition").asInt()).isGreaterThanOrEqualTo(1);
        } finally {
            stream.close();
        }
    }

    @Test
    void streamOfUnknownConversationIsClosed() {
        var ghost = new ApiClient.Session("no-such-id", "x");
        assertThat(api.stream(ghost, "x").closed()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(4404);
    }

    @Test
    void pagesAndOperationsEndpointsAnswer() {
        assertThat(api.get("/health", null).body().get("status").asText()).isEqualTo("UP");
    }
}
