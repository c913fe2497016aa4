package dev.tact.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.persistence.JdbcAccounts;
import dev.tact.app.persistence.JdbcHandoffStore;
import dev.tact.app.persistence.JdbcResolvedCases;
import dev.tact.app.persistence.JdbcServiceMetrics;
import dev.tact.app.persistence.JdbcTurnRecords;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.channels.web.WebChatStream;
import dev.tact.core.channel.OutboundSender;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.decision.PolicySettingsProvider;
import dev.tact.core.decision.ResponseCatalog;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.event.EventBus;
import dev.tact.handoff.assist.ReplySuggester;
import dev.tact.handoff.context.ContextBuilder;
import dev.tact.handoff.context.FailedDeliveries;
import dev.tact.handoff.context.TurnRecordStore;
import dev.tact.handoff.queue.AgentDesk;
import dev.tact.handoff.queue.AgentQueue;
import dev.tact.handoff.queue.CustomerMessenger;
import dev.tact.handoff.queue.CustomerPresence;
import dev.tact.handoff.queue.DeskTexts;
import dev.tact.handoff.queue.HandoffHistory;
import dev.tact.handoff.queue.QueueNotices;
import dev.tact.handoff.queue.QueueSweeper;
import dev.tact.handoff.queue.SurveyAnswers;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Builds the framework-free handoff module over the database. */
@Factory
public class HandoffFactory {

    /** How many recently resolved conversations agent assist searches. */
    private static final int ASSIST_CORPUS = 500;

    /** The handoff ports ({@code HandoffLine}, {@code AgentHoldings}, {@code HandoffHistory}, …) in one table. */
    @Singleton
    JdbcHandoffStore handoffStore(DataSource dataSource, ObjectMapper json) {
        return new JdbcHandoffStore(dataSource, json);
    }

    @Singleton
    TurnRecordStore turnRecords(DataSource dataSource, ObjectMapper json) {
        return new JdbcTurnRecords(dataSource, json);
    }

    /** The engine's handoff queue. */
    @Singleton
    AgentQueue agentQueue(JdbcHandoffStore store, JdbcAccounts agents, TurnRecordStore turns,
                          HandoffConfiguration configuration, Clock clock) {
        return new AgentQueue(store, store, store, agents, turns, configuration.routing(), configuration.settings(),
                clock);
    }

    @Singleton
    CustomerMessenger customerMessenger(ConversationStore store, EventBus events, List<OutboundSender> senders,
                                        Clock clock) {
        return new CustomerMessenger(store, events, senders, clock);
    }

    @Singleton
    QueueNotices queueNotices(AgentQueue queue, JdbcHandoffStore store, ConversationStore conversations,
                              CustomerMessenger messenger) {
        return new QueueNotices(queue, store, store, conversations, messenger, EngineTexts.defaults());
    }

    @Singleton
    AgentDesk agentDesk(JdbcHandoffStore store, JdbcAccounts agents, ConversationStore conversations,
                        AgentQueue queue, QueueNotices notices, CustomerMessenger messenger, EventBus events,
                        Clock clock) {
        return new AgentDesk(store, store, agents, conversations, queue, notices, messenger, events,
                DeskTexts.defaults(), clock);
    }

    @Singleton
    QueueSweeper queueSweeper(JdbcHandoffStore store, JdbcAccounts agents, AgentDesk desk,
                              ConversationStore conversations, WebChatStream webChat,
                              HandoffConfiguration configuration, Clock clock) {
        CustomerPresence present = conversationId -> webChat.watching(conversationId);
        return new QueueSweeper(store, agents, desk, conversations, present, configuration.settings(), clock);
    }

    /** The WhatsApp messages that did not reach the customer (web chat messages are in the page once stored). */
    @Singleton
    FailedDeliveries failedDeliveries(JdbcWhatsAppOutbox outbox) {
        return outbox;
    }

    @Singleton
    ContextBuilder contextBuilder(ConversationStore conversations, TurnRecordStore turns, HandoffHistory handoffs,
                                  FailedDeliveries failed, DataSource dataSource, ResponseCatalog responses,
                                  PolicySettingsProvider policy, Clock clock) {
        return new ContextBuilder(conversations, turns, handoffs, failed, new ReplySuggester(
                new JdbcResolvedCases(dataSource), responses, ASSIST_CORPUS,
                Set.of(policy.current().humanRequestIntent())), clock);
    }

    @Singleton
    JdbcServiceMetrics serviceMetrics(DataSource dataSource, ObjectMapper json) {
        return new JdbcServiceMetrics(dataSource, json);
    }

    @Singleton
    SurveyAnswers surveyAnswers(JdbcHandoffStore store) {
        return new SurveyAnswers(store, store);
    }
}
