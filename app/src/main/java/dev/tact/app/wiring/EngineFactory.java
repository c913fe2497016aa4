package dev.tact.app.wiring;

import dev.tact.app.persistence.JdbcConversationStore;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.channel.OutboundSender;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.decision.HandoffPolicy;
import dev.tact.core.decision.PolicySettingsProvider;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.core.decision.ThresholdHandoffPolicy;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.event.EventBus;
import dev.tact.core.event.InProcessEventBus;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.intents.emotion.EmotionClass;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds the framework-free core from configuration and the database. */
@Factory
public class EngineFactory {

    /** Microsecond ticks: what both databases keep, so stored and returned times agree. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    EventBus eventBus() {
        return new InProcessEventBus();
    }

    @Singleton
    ConversationStore conversationStore(DataSource dataSource) {
        return new JdbcConversationStore(dataSource);
    }

    /** The configured thresholds with the domain's rules ({@link PolicyConfiguration}), in the analyzers' words. */
    @Singleton
    HandoffPolicy handoffPolicy(PolicySettingsProvider settings, ResponseCatalog responses) {
        return new ThresholdHandoffPolicy(settings, responses, EmotionClass.empathy());
    }

    @Singleton
    ConversationEngine conversationEngine(ConversationStore store, Analyzer analyzer, HandoffPolicy policy,
                                          HandoffQueue queue, List<OutboundSender> senders, EventBus events,
                                          Clock clock) {
        return new ConversationEngine(store, analyzer, policy, queue, senders, events, clock, EngineTexts.defaults());
    }
}
