package dev.tact.core.engine;

import dev.tact.core.analysis.Signals;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.Role;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.testing.ConversationHarness;
import dev.tact.core.testing.ScriptedAnalyzer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.tact.core.testing.ScriptedAnalyzer.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationEngineTest {

    private static final String USER = "visitor-1";

    private static final ResponseCatalog RESPONSES = intent -> Optional.ofNullable(Map.of(
            "greeting", "Hello! How can I help?",
            "change_pin", "You can change your PIN in the app.").get(intent));

    private final ScriptedAnalyzer analyzer = new ScriptedAnalyzer()
            .on("hi", "greeting", 0.95)
            .on("how do I change my pin", "change_pin", 0.9)
            .on("I want a person", "human_request", 0.9)
            .on("this is a disgrace, I'm furious", analysis("complaint", 0.9, -0.8).withSignal(Signals.EMOTION, 0.9))
            .on("what is my exact balance", "balance", 0.9)
            .on("I have a problem", analysis("change_pin", 0.3, 0).withSignal(Signals.VAGUE, 0.9))
            .on("something is wrong", analysis("change_pin", 0.2, 0).withSignal(Signals.VAGUE, 0.9));

    private final ConversationHarness harness = new ConversationHarness(analyzer, RESPONSES);

    @Test
    void receiveClearQuestionAnswersWithTheIntentsResponse() {
        harness.send("hi").expectReply("Hello! How can I help?").expectState(ConversationState.BOT)
                .send("how do I change my pin").expectReply("You can change your PIN in the app.")
                .expectDecision("answer");
        assertThat(harness.sender().sent()).extracting(Message::text)
                .containsExactly("Hello! How can I help?", "You can change your PIN in the app.");
    }

    @Test
    void receiveInAConversationTheCallerReadDoesNotLookItUpAgain() {
        AtomicInteger lookups = new AtomicInteger();
        var inner = new InMemoryConversationStore();
        ConversationStore counting = (ConversationStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConversationStore.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("find") && !method.getName().equals("findByExternalId")) {
                        lookups.incrementAndGet();
                    }
                    try {
                        return method.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var web = new ConversationHarness(analyzer, new ThresholdHandoffPolicy(PolicySettings.defaults(), RESPONSES),
                counting, inner, USER);
        web.send("hi");
        Conversation read = inner.find(web.last().conversation().id()).orElseThrow();
        lookups.set(0);
        web.sendIn(read, "how do I change my pin").expectReply("You can change your PIN in the app.");
        assertThat(lookups).hasValue(0);
    }

    @Test
    void receiveWithACopyReadBeforeAnEscalationReadsTheConversationAgain() {
        harness.send("hi");
        Conversation before = harness.last().conversation();
        harness.sendIn(before, "I want a person").expectState(ConversationState.QUEUED);
        harness.sendIn(before, "hi").expectSilence().expectState(ConversationState.QUEUED);
    }

    @Test
    void receiveInAConversationOfAnotherUserIsRefused() {
        harness.send("hi");
        Conversation other = new Conversation(harness.last().conversation().id(), Channel.WEB, "visitor-2", "", "",
                ConversationState.BOT, Instant.now(), Instant.now());
        assertThatThrownBy(() -> harness.sendIn(other, "hi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receiveStoresCustomerMessageBeforeAnalysing() {
        var store = new InMemoryConversationStore();
        List<String> storedWhenAnalysed = new ArrayList<>();
        Analyzer probing = (text, history) -> {
            store.findByExternalUser(Channel.WEB, USER).ifPresent(conversation -> store.messages(conversation.id())
                    .forEach(message -> storedWhenAnalysed.add(message.text())));
            return analyzer.analyze(text, history);
        };
        var probed = new ConversationHarness(probing,
                new ThresholdHandoffPolicy(PolicySettings.defaults(), RESPONSES), store, USER);
        probed.send("hi");
        assertThat(storedWhenAnalysed).containsExactly("hi");
        assertThat(store.messages(probed.last().conversation().id())).extracting(Message::role)
                .containsExactly(Role.CUSTOMER, Role.BOT);
    }

    @Test
    void receiveExplicitHumanRequestQueuesTheConversation() {
        harness.send("hi").send("I want a person")
                .expectState(ConversationState.QUEUED)
                .expectDecision("escalate")
                .expectReplyContaining("You are next in line.");
        assertThat(harness.last().ticket()).get().extracting(t -> t.position()).isEqualTo(1);
        assertThat(harness.queue().waiting()).hasSize(1);
        assertThat(harness.published()).filteredOn(ConversationEvent.OwnerChanged.class::isInstance)
                .singleElement().isInstanceOfSatisfying(ConversationEvent.HandoffRequested.class, requested -> {
                    assertThat(requested.state()).isEqualTo(ConversationState.QUEUED);
                    assertThat(requested.ticket()).map(t -> t.position()).contains(1);
                });
    }

    @Test
    void receiveUpsetCustomerEscalatesWithTheFigureAndThreshold() {
        harness.send("this is a disgrace, I'm furious").expectState(ConversationState.QUEUED);
        var request = harness.queue().waiting().get(0);
        assertThat(request.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.signal()).isEqualTo("negative_emotion");
            assertThat(reason.value()).isEqualTo(0.9);
            assertThat(reason.threshold()).isEqualTo(0.5);
        });
        assertThat(request.priority()).isGreaterThan(50);
    }

    @Test
    void receiveWhileQueuedStaysSilentButStoresTheMessage() {
        harness.send("I want a person").expectState(ConversationState.QUEUED)
                .send("are you there?").expectSilence().expectState(ConversationState.QUEUED);
        assertThat(analyzer.seen()).containsExactly("I want a person");
        assertThat(harness.store().messages(harness.last().conversation().id()))
                .extracting(Message::text).contains("are you there?");
        assertThat(harness.last().ticket()).isPresent();
    }

    @Test
    void receiveWhileWithAgentStaysSilent() {
        harness.send("I want a person").moveTo(ConversationState.QUEUED, ConversationState.AGENT)
                .send("hello agent").expectSilence().expectState(ConversationState.AGENT);
        assertThat(harness.last().ticket()).isEmpty();
    }

    @Test
    void receiveAnswerToTheSatisfactionQuestionIsThankedNotAnalysed() {
        harness.send("I want a person").moveTo(ConversationState.QUEUED, ConversationState.AGENT);
        String id = harness.last().conversation().id();
        harness.store().append(new Message("survey-1", id, 0, Role.SYSTEM, MessageKind.SURVEY, "How satisfied…?", "",
                "", Instant.parse("2026-01-05T09:05:00Z")));
        harness.moveTo(ConversationState.AGENT, ConversationState.BOT)
                .send("4").expectReply(EngineTexts.defaults().surveyThanks()).expectState(ConversationState.BOT);
        assertThat(harness.last().decision()).isEmpty();
        harness.send("hi").expectReply("Hello! How can I help?");
    }

    @Test
    void receivePublishesWhatTheBotUnderstoodBeforeItsReply() {
        harness.send("hi");
        var types = harness.published().stream().map(ConversationEvent::type).toList();
        assertThat(types).containsSubsequence("message.appended", "turn.analyzed", "message.appended");
        var analyzed = harness.published().stream().filter(ConversationEvent.TurnAnalyzed.class::isInstance)
                .map(ConversationEvent.TurnAnalyzed.class::cast).findFirst().orElseThrow();
        assertThat(analyzed.decision().name()).isEqualTo("answer");
        assertThat(analyzed.customerMessage().text()).isEqualTo("hi");
    }

    @Test
    void receiveVagueMessageAsksWhatItIsAboutOnceThenHandsOver() {
        harness.send("I have a problem").expectDecision("clarify").expectState(ConversationState.BOT);
        assertThat(harness.last().replies().get(0).choices()).extracting(Choice::id)
                .containsExactly("intent:change_pin", Choice.PERSON);
        harness.send("something is wrong").expectDecision("escalate").expectState(ConversationState.QUEUED);
        var reasons = harness.queue().waiting().get(0).reasons();
        assertThat(reasons).extracting(r -> r.signal()).containsExactly("vague", "repeated_vague");
    }

    @Test
    void receiveVagueMessageAfterAnAnswerAsksAgainRatherThanEscalating() {
        harness.send("I have a problem").expectDecision("clarify")
                .send("hi").expectDecision("answer")
                .send("I have a problem").expectDecision("clarify").expectState(ConversationState.BOT);
    }

    @Test
    void receiveOffTopicMessageDeclinesAndOffersAPerson() {
        harness.send("blorp").expectDecision("decline").expectState(ConversationState.BOT);
        Message reply = harness.last().replies().get(0);
        assertThat(reply.kind()).isEqualTo(MessageKind.DECLINE);
        assertThat(reply.choices()).extracting(Choice::id).containsExactly(Choice.PERSON);
        assertThat(harness.sender().sent()).last().extracting(Message::choices).isEqualTo(reply.choices());
    }

    @Test
    void receiveIntentWithoutAnAnswerHandsOverInsteadOfPretending() {
        harness.send("what is my exact balance").expectDecision("escalate").expectState(ConversationState.QUEUED);
        assertThat(harness.queue().waiting().get(0).reasons()).extracting(r -> r.signal()).containsExactly("no_answer");
    }

    @Test
    void receiveRedeliveredMessageIsStoredAndAnsweredOnce() {
        harness.send("hi", "wamid.1").expectReply("Hello! How can I help?");
        harness.send("hi", "wamid.1").expectReply("Hello! How can I help?");
        assertThat(harness.last().duplicate()).isTrue();
        assertThat(harness.store().messages(harness.last().conversation().id())).hasSize(2);
        assertThat(harness.sender().sent()).hasSize(1);
        assertThat(analyzer.seen()).containsExactly("hi");
    }

    @Test
    void receiveAfterCloseReopensWithTheBot() {
        harness.send("I want a person").moveTo(ConversationState.QUEUED, ConversationState.AGENT)
                .moveTo(ConversationState.AGENT, ConversationState.CLOSED)
                .send("hi").expectReply("Hello! How can I help?").expectState(ConversationState.BOT);
        assertThat(harness.published()).filteredOn(ConversationEvent.OwnerChanged.class::isInstance)
                .extracting(ConversationEvent::type).containsExactly("handoff.requested", "conversation.reopened");
    }

    @Test
    void receiveWhenAnalyzerFailsHandsOverAndSaysSo() {
        var failing = new ConversationHarness((text, history) -> {
            throw new IllegalStateException("model not loaded");
        }, RESPONSES);
        failing.send("hi").expectState(ConversationState.QUEUED)
                .expectReplyContaining("Something went wrong on our side");
        assertThat(failing.queue().waiting().get(0).reasons()).extracting(r -> r.signal())
                .containsExactly("analyzer_error");
    }

    @Test
    void receiveConcurrentRedeliveriesOfOneMessageStoreItOnce() throws Exception {
        harness.send("hi");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> harness.send("how do I change my pin", "same-id")));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        var messages = harness.store().messages(harness.last().conversation().id());
        assertThat(messages).filteredOn(m -> m.externalId().equals("same-id")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.text().startsWith("You can change")).hasSize(1);
    }

    @Test
    void receiveUnreadableAnswersTheNoticeAndStoresThePlaceholder() {
        var now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var inbound = new dev.tact.core.conversation.InboundMessage(Channel.WEB, USER, "photo-1",
                "[image] media id 42", "Ada", now);
        TurnResult first = harness.engine().receiveUnreadable(inbound, "I can read text only.");
        assertThat(first.replies()).extracting(Message::text).containsExactly("I can read text only.");
        assertThat(first.customerMessage().kind()).isEqualTo(dev.tact.core.conversation.MessageKind.ATTACHMENT);
        assertThat(first.decision()).isEmpty();
        assertThat(harness.engine().receiveUnreadable(inbound, "I can read text only.").duplicate()).isTrue();
        assertThat(harness.sender().sent()).extracting(Message::text).containsExactly("I can read text only.");
    }

    @Test
    void receiveUnreadableWhileAPersonOwnsTheConversationStaysSilent() {
        harness.send("I want a person").expectState(ConversationState.QUEUED);
        int sentBefore = harness.sender().sent().size();
        TurnResult turn = harness.engine().receiveUnreadable(new dev.tact.core.conversation.InboundMessage(
                Channel.WEB, harness.last().conversation().externalUserId(), "photo-2", "[image] media id 43", "Ada", java.time.Instant.now()), "text only");
        assertThat(turn.replies()).isEmpty();
        assertThat(turn.conversation().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(harness.store().messages(turn.conversation().id())).extracting(Message::text)
                .contains("[image] media id 43");
        assertThat(harness.sender().sent()).hasSize(sentBefore);
    }

    @Test
    void receiveRedeliveryOfAMessageWhoseTurnWasInterruptedRunsTheTurn() {
        harness.send("hi").expectReply("Hello! How can I help?");
        var conversation = harness.last().conversation();
        // the process stopped after storing the customer's message and before the bot's answer
        harness.store().append(new Message("m-x", conversation.id(), 0, Role.CUSTOMER,
                dev.tact.core.conversation.MessageKind.TEXT, "how do I change my pin", "ext-9", "",
                java.time.Instant.now()));
        harness.send("how do I change my pin", "ext-9").expectReply("You can change your PIN in the app.");
        assertThat(harness.last().duplicate()).isFalse();
        // once answered, a redelivery is a duplicate again and answers nothing new
        harness.send("how do I change my pin", "ext-9");
        assertThat(harness.last().duplicate()).isTrue();
        assertThat(harness.store().messages(conversation.id())).extracting(Message::text).containsExactly(
                "hi", "Hello! How can I help?", "how do I change my pin", "You can change your PIN in the app.");
    }
}
