package dev.tact.app.whatsapp;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.FakeGraphApi;
import dev.tact.app.support.HeadlessChromium;
import dev.tact.app.support.WhatsAppWebhooks;
import dev.tact.app.persistence.OutboxRecords;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.Role;
import dev.tact.core.engine.EngineTexts;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tact.app.support.WhatsAppWebhooks.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end to end: a WhatsApp customer escalates, an agent claims the conversation in the console API and
 * replies, and the fake Graph API receives the agent's text addressed to the customer; outside the 24-hour window
 * the agent's text is refused with a 409 and nothing is stored; a failed delivery reaches the console (its stream,
 * the transcript, and the page itself in headless Chromium).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "tact.admin-password", value = WhatsAppAgentTest.ADMIN_PASSWORD)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:whatsapp-agent-test;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WhatsAppAgentTest implements TestPropertyProvider {

    static final String ADMIN_PASSWORD = "admin-password-for-whatsapp-tests";
    private static final String PASSWORD = "agent-password-1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final FakeGraphApi graph = new FakeGraphApi();

    @Inject
    EmbeddedServer server;
    @Inject
    ConversationStore store;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return WhatsAppWebhooks.configuration(graph.url(), Map.of());
    }

    @AfterAll
    void stopGraph() {
        graph.close();
    }

    private String agent(ApiClient api) {
        return api.login(newAgent(api), PASSWORD);
    }

    /** Creates an agent with {@link #PASSWORD} and gives its name. */
    private String newAgent(ApiClient api) {
        String admin = api.login("admin", ADMIN_PASSWORD);
        String name = "sam-" + UUID.randomUUID().toString().substring(0, 8);
        var reply = api.post("/v1/admin/users", admin, ApiClient.json(Map.of("username", name, "password", PASSWORD,
                "roles", List.of("agent"), "capacity", 3)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return name;
    }

    private Conversation escalated(WhatsAppWebhooks meta, String customer, Instant wrote) {
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada",
                WhatsAppWebhooks.text(customer, "wamid." + UUID.randomUUID(), wrote, "I want to talk to a person")));
        await().atMost(PATIENCE).until(() -> store.findByExternalUser(Channel.WHATSAPP, PHONE_NUMBER_ID + ":" + customer)
                .map(conversation -> conversation.state() == ConversationState.QUEUED).orElse(false));
        return store.findByExternalUser(Channel.WHATSAPP, PHONE_NUMBER_ID + ":" + customer).orElseThrow();
    }

    @Test
    void agentClaimsAWhatsAppConversationAndTheReplyReachesTheCustomer() {
        var api = new ApiClient(server.getURI());
        var meta = new WhatsAppWebhooks(server.getURI());
        String customer = "16505550101";
        Conversation conversation = escalated(meta, customer, Instant.now());
        String token = agent(api);
        assertThat(api.post("/v1/queue/" + conversation.id() + "/claim", token, "").status()).isEqualTo(200);
        var sent = api.post("/v1/agent/conversations/" + conversation.id() + "/messages", token,
                ApiClient.json(Map.of("text", "Hello Ada, I'm Sam from the care team.")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).stream()
                .anyMatch(request -> request.text().equals("Hello Ada, I'm Sam from the care team.")));
        FakeGraphApi.Request reply = graph.messagesTo(customer).stream()
                .filter(request -> request.text().equals("Hello Ada, I'm Sam from the care team.")).findFirst()
                .orElseThrow();
        assertThat(reply.to()).isEqualTo(customer);
        assertThat(reply.type()).isEqualTo("text");
        assertThat(reply.path()).isEqualTo("/v25.0/" + PHONE_NUMBER_ID + "/messages");

        // resolving asks the satisfaction question: on WhatsApp a list of the five scores; a choice is thanked
        var resolved = api.post("/v1/agent/conversations/" + conversation.id() + "/resolve", token,
                ApiClient.json(Map.of("returnToBot", true)));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).stream().anyMatch(request ->
                request.body().path("interactive").path("type").asText().equals("list")));
        meta.post(WhatsAppWebhooks.delivery(customer, "Ada", WhatsAppWebhooks.listReply(customer,
                "wamid." + UUID.randomUUID(), Instant.now(), "tact.survey.4", "4 · Good")));
        String thanks = EngineTexts.defaults().surveyThanks();
        await().atMost(PATIENCE).until(() -> graph.messagesTo(customer).stream()
                .anyMatch(request -> request.text().equals(thanks)));
    }

    @Test
    void agentTextOutsideTheWindowIsRefusedWithAConflictAndNotStored() {
        var api = new ApiClient(server.getURI());
        var meta = new WhatsAppWebhooks(server.getURI());
        String customer = "16505550102";
        Conversation conversation = escalated(meta, customer, Instant.now().minus(Duration.ofHours(25)));
        String token = agent(api);
        assertThat(api.post("/v1/queue/" + conversation.id() + "/claim", token, "").status()).isEqualTo(200);
        var refused = api.post("/v1/agent/conversations/" + conversation.id() + "/messages", token,
                ApiClient.json(Map.of("text", "Sorry for the wait")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("error").asText()).isEqualTo("whatsapp_window_closed");
        assertThat(refused.body().get("message").asText()).contains("24 hours");
        assertThat(store.messages(conversation.id())).filteredOn(message -> message.role() == Role.AGENT)
                .extracting(Message::text).doesNotContain("Sorry for the wait");
    }

    @Test
    void aFailedDeliveryReachesTheAgentConsoleNextToTheMessageWithTheTemplateAction() {
        var api = new ApiClient(server.getURI());
        var meta = new WhatsAppWebhooks(server.getURI());
        String customer = "16505550103";
        Conversation conversation = escalated(meta, customer, Instant.now());
        String token = agent(api);
        assertThat(api.post("/v1/queue/" + conversation.id() + "/claim", token, "").status()).isEqualTo(200);
        var console = api.stream("/v1/agent/stream", token);
        try {
            await().atMost(PATIENCE).until(() -> !console.frames().isEmpty());
            var sent = api.post("/v1/agent/conversations/" + conversation.id() + "/messages", token,
                    ApiClient.json(Map.of("text", "Are you still there?")));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            String messageId = sent.body().get("id").asText();
            await().atMost(PATIENCE).until(() -> new OutboxRecords(dataSource).deliveries(conversation.id()).stream()
                    .anyMatch(delivery -> delivery.messageId().equals(messageId) && delivery.wamid().isPresent()));
            String wamid = new OutboxRecords(dataSource).deliveries(conversation.id()).stream()
                    .filter(delivery -> delivery.messageId().equals(messageId)).findFirst().orElseThrow()
                    .wamid().orElseThrow();
            meta.post(WhatsAppWebhooks.statuses(customer, new Object[] {wamid, "failed",
                    Instant.now().getEpochSecond(), 131047, "Re-engagement message"}));

            await().atMost(PATIENCE).until(() -> console.frames().stream()
                    .anyMatch(frame -> frame.path("type").asText().equals("delivery_failed")));
            List<JsonNode> failures = console.frames().stream()
                    .filter(frame -> frame.path("type").asText().equals("delivery_failed")).toList();
            assertThat(failures).singleElement().satisfies(frame -> {
                assertThat(frame.get("conversationId").asText()).isEqualTo(conversation.id());
                assertThat(frame.get("messageId").asText()).isEqualTo(messageId);
                assertThat(frame.get("code").asText()).isEqualTo("131047");
                assertThat(frame.get("detail").asText()).isEqualTo("Re-engagement message");
                assertThat(frame.get("action").asText()).isEqualTo("template_required");
            });

            JsonNode transcript = api.get("/v1/agent/conversations/" + conversation.id(), token).body()
                    .get("transcript");
            JsonNode failed = null;
            for (JsonNode line : transcript) {
                if (line.get("id").asText().equals(messageId)) {
                    failed = line;
                } else {
                    assertThat(line.path("deliveryFailure").isNull() || line.path("deliveryFailure").isMissingNode())
                            .as("only the failed message is marked: %s", line).isTrue();
                }
            }
            assertThat(failed).isNotNull();
            assertThat(failed.path("deliveryFailure").path("code").asText()).isEqualTo("131047");
            assertThat(failed.path("deliveryFailure").path("action").asText()).isEqualTo("template_required");
        } finally {
            console.close();
        }
    }

    /**
     * The console itself in headless Chromium: the agent claims the WhatsApp conversation and writes; when WhatsApp
     * reports the message failed outside the window, the line says so with the reason and the template action,
     * live and again after a reload (from the context packet).
     */
    @Test
    void theConsoleShowsAFailedDeliveryNextToTheMessage() {
        var api = new ApiClient(server.getURI());
        var meta = new WhatsAppWebhooks(server.getURI());
        String customer = "16505550104";
        Conversation conversation = escalated(meta, customer, Instant.now());
        String name = newAgent(api);
        WebDriver browser = HeadlessChromium.open(1400, 900);
        try {
            browser.get(server.getURI().resolve("/agent").toString());
            visible(browser, By.id("login-username")).sendKeys(name);
            browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
            browser.findElement(By.id("login-button")).click();
            visible(browser, By.cssSelector("#queue .queue__item .claim")).click();
            visible(browser, By.cssSelector("#transcript .line[data-role=customer]"));
            WebElement editor = browser.findElement(By.id("editor"));
            editor.sendKeys("Are you still there?");
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            String messageId = visible(browser, By.cssSelector("#transcript .line[data-role=agent]"))
                    .getAttribute("data-message");
            var records = new OutboxRecords(dataSource);
            await().atMost(PATIENCE).until(() -> records.deliveries(conversation.id()).stream()
                    .anyMatch(delivery -> delivery.messageId().equals(messageId) && delivery.wamid().isPresent()));
            String wamid = records.deliveries(conversation.id()).stream()
                    .filter(delivery -> delivery.messageId().equals(messageId)).findFirst().orElseThrow()
                    .wamid().orElseThrow();
            meta.post(WhatsAppWebhooks.statuses(customer, new Object[] {wamid, "failed",
                    Instant.now().getEpochSecond(), 131047, "Re-engagement message"}));

            By failure = By.cssSelector("#transcript .line[data-message='" + messageId + "'] .line__failure");
            assertThat(visible(browser, failure).getText()).contains("Re-engagement message", "131047",
                    "only a template message");
            assertThat(browser.findElements(By.cssSelector("#transcript .line__failure"))).hasSize(1);

            browser.navigate().refresh();
            visible(browser, By.cssSelector("#mine li")).click();
            assertThat(visible(browser, failure).getText()).contains("Re-engagement message", "only a template message");
        } finally {
            browser.quit();
        }
    }

    private static WebElement visible(WebDriver browser, By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(selector).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }
}
