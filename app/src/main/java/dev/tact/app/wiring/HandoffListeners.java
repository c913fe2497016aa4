package dev.tact.app.wiring;

import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.context.TurnRecordStore;
import dev.tact.handoff.queue.QueueNotices;
import dev.tact.handoff.queue.QueueSweeper;
import dev.tact.handoff.queue.SurveyAnswers;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;

/**
 * Keeps what the handoff side needs from the engine's events: every turn's analysis (stored before the bot
 * answers or hands over, since the bus is synchronous) and the answers to the satisfaction question; on
 * {@code handoff.requested} tells the waiting customers behind the arrival whom it moved back; and sweeps the queue for disconnected agents and
 * departed customers.
 */
@Context
public class HandoffListeners {

    private final EventBus.Subscription subscription;
    private final QueueSweeper sweeper;

    public HandoffListeners(EventBus events, TurnRecordStore turns, SurveyAnswers surveys, QueueNotices notices,
                            QueueSweeper sweeper) {
        this.sweeper = sweeper;
        this.subscription = events.subscribe(event -> {
            if (event instanceof ConversationEvent.TurnAnalyzed analyzed) {
                turns.save(TurnRecord.of(analyzed.customerMessage(), analyzed.analysis(), analyzed.decision()));
            } else if (event instanceof ConversationEvent.HandoffRequested requested) {
                notices.arrived(requested.conversationId());
            } else if (event instanceof ConversationEvent.MessageAppended appended) {
                surveys.accept(appended.message());
            }
        });
    }

    @Scheduled(fixedDelay = "${tact.handoff.sweep-every:15s}", initialDelay = "${tact.handoff.sweep-every:15s}")
    void sweep() {
        sweeper.sweep();
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }
}
