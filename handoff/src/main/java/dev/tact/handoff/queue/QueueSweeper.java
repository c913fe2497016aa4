package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Run now and then (any node may run it; every change is conditional in the store): gives back to the line the
 * conversations of agents disconnected for longer than the timeout, at their old priority, and records as
 * abandoned the waiting customers silent for longer than the configured time and no longer present (a web
 * customer whose chat page is still open is waiting, not gone). Both go through the {@link AgentDesk}, which
 * publishes {@code handoff.released} and {@code handoff.completed}.
 */
public final class QueueSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSweeper.class);

    private final HandoffLine line;
    private final AgentDirectory agents;
    private final AgentDesk desk;
    private final ConversationStore conversations;
    private final CustomerPresence customers;
    private final QueueSettings settings;
    private final Clock clock;

    public QueueSweeper(HandoffLine line, AgentDirectory agents, AgentDesk desk, ConversationStore conversations,
                        CustomerPresence customers, QueueSettings settings, Clock clock) {
        this.line = line;
        this.agents = agents;
        this.desk = desk;
        this.conversations = conversations;
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
        for (Handoff handoff : line.waiting()) {
            Instant lastHeard = lastCustomerMessage(handoff.conversationId()).orElse(handoff.requestedAt());
            if (handoff.requestedAt().isAfter(lastHeard)) {
                lastHeard = handoff.requestedAt();
            }
            if (lastHeard.plus(settings.abandonAfter()).isBefore(now) && !customers.present(handoff.conversationId())
                    && desk.abandon(handoff.conversationId())) {
                abandoned++;
            }
        }
        if (abandoned > 0) {
            LOG.info("{} waiting conversation(s) abandoned after {} of silence", abandoned, settings.abandonAfter());
        }
        return changed + abandoned;
    }

    private Optional<Instant> lastCustomerMessage(String conversationId) {
        return conversations.messages(conversationId).stream().filter(Message::fromCustomer)
                .map(Message::at).reduce((first, second) -> second);
    }
}
