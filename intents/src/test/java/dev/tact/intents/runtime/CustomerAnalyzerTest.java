package dev.tact.intents.runtime;

import dev.tact.core.analysis.Signals;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.intents.classify.IntentPrediction;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainResponses;
import dev.tact.intents.domain.DomainRules;
import dev.tact.intents.domain.HandoffOverrides;
import dev.tact.intents.domain.IntentDefinition;
import dev.tact.intents.emotion.LexiconEmotionDetector;
import dev.tact.intents.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerAnalyzerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Conversation CONVERSATION = new Conversation("c1", Channel.WEB, "u1", "", "",
            ConversationState.BOT, NOW, NOW);

    private final Domain domain = new Domain("test", List.of(
            intent("greeting", new HandoffOverrides(false, true, OptionalDouble.empty(), false)),
            intent("card_arrival", HandoffOverrides.NONE),
            intent("human_request", HandoffOverrides.NONE),
            intent("not_helped", HandoffOverrides.NONE)), List.of(), "fingerprint");
    private final LexiconSentimentScorer sentiment = new LexiconSentimentScorer();
    private final PolicySettings settings = DomainRules.applyTo(PolicySettings.defaults(), domain);

    private static IntentDefinition intent(String name, HandoffOverrides handoff) {
        return new IntentDefinition(name, "", List.of(), List.of("The " + name + " answer."), handoff, "");
    }

    /** A classifier sure that every message is a greeting. */
    private static IntentPrediction greeting(String text) {
        return new IntentPrediction(List.of(new IntentScore("greeting", 0.95), new IntentScore("card_arrival", 0.02),
                new IntentScore("not_helped", 0.01)), 0.02);
    }

    @Test
    void createAnswersHelloAgainAfterHelloInsteadOfHandingOver() {
        var analyzer = CustomerAnalyzer.create(domain, CustomerAnalyzerTest::greeting,
                new LexiconEmotionDetector(sentiment), sentiment, settings, "test");
        var policy = new ThresholdHandoffPolicy(settings, new DomainResponses(domain));
        List<Message> history = new ArrayList<>();
        for (String text : List.of("hello", "hi?", "hello again")) {
            var analysis = analyzer.analyze(text, history);
            assertThat(Signals.value(analysis, Signals.REPEATED_INTENT)).isZero();
            assertThat(Signals.value(analysis, Signals.FAILURES_IN_A_ROW)).isZero();
            assertThat(Signals.value(analysis, Signals.REPAIR)).isZero();
            Decision decision = policy.decide(CONVERSATION, analysis, history);
            assertThat(decision).as(text).isInstanceOf(Decision.Answer.class);
            history.add(new Message("m" + history.size(), "c1", history.size(), Role.CUSTOMER, MessageKind.TEXT, text,
                    "", "", NOW));
            history.add(new Message("m" + history.size(), "c1", history.size(), Role.BOT, MessageKind.ANSWER,
                    "Hello! What can I help you with?", "", "greeting", NOW));
        }
    }
}
