package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Run now and then (any node may run it; every change is conditional in the store): gives back to the line the
 * conversations of agents disconnected for longer than the timeout, at their old priority, and records as
 * abandoned the waiting customers silent for longer than the configured time and no longer present (a web
 * customer whose chat page is still open is waiting, not gone).
 */
public final class QueueSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSweeper.class);

    private final HandoffStore store;
    private final AgentDirectory agents;
    private final AgentDesk desk;
    private final ConversationStore conversations;
    private final QueueNotices notices;
    private final EventBus events;
    private final CustomerPresence customers;
    private final QueueSettings settings;
    private final Clock clock;

    public QueueSweeper(HandoffStore store, AgentDirectory agents, AgentDesk desk, ConversationStore conversations,
                        QueueNotices notices, EventBus events, CustomerPresence customers, QueueSettings settings,
                        Clock clock) {
        this.store = store;
        this.agents = agents;
        this.desk = desk;
        this.conversations = conversations;
        this.notices = notices;
        this.events = events;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass; returns how many conversations were requeued or abandoned. */
    public int sweep() {
        Instant now = clock.instant();
        int changed = 0;
        for (Agent agent : agents.withPresence(Presence.OFFLINE)) {
            if (agent.presenceSince().plus(settings.reconnectTimeout()).isBefore(now)) {
                int requeued = desk.requeueAllOf(agent.username(), "agent disconnected");
                if (requeued > 0) {
                    LOG.info("agent {} gone for more than {}; {} conversation(s) back in line", agent.username(),
                            settings.reconnectTimeout(), requeued);
                }
                changed += requeued;
            }
        }
        int abandoned = 0;
        for (Handoff handoff : store.waiting()) {
            Instant lastHeard = lastCustomerMessage(handoff.conversationId()).orElse(handoff.requestedAt());
            if (handoff.requestedAt().isAfter(lastHeard)) {
                lastHeard = handoff.requestedAt();
            }
            if (lastHeard.plus(settings.abandonAfter()).isBefore(now) && !customers.present(handoff.conversationId())
                    && store.abandon(handoff.conversationId(), now)) {
                events.publish(new ConversationEvent.StateChanged(handoff.conversationId(), ConversationState.QUEUED,
                        ConversationState.CLOSED, Optional.empty(), now));
                abandoned++;
            }
        }
        if (abandoned > 0) {
            LOG.info("{} waiting conversation(s) abandoned after {} of silence", abandoned, settings.abandonAfter());
            notices.tellChanges();
        }
        return changed + abandoned;
    }

    private Optional<Instant> lastCustomerMessage(String conversationId) {
        return conversations.messages(conversationId).stream().filter(Message::fromCustomer)
                .map(Message::at).reduce((first, second) -> second);
    }
}
