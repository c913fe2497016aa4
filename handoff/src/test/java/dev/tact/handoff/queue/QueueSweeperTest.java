package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.ConversationEvent.HandoffCompleted.Outcome;
import dev.tact.core.event.ConversationEvent.HandoffReleased.Cause;
import dev.tact.handoff.testing.HandoffFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Reconnect timeouts and abandonment over the in-memory handoff store, and the one event each publishes. */
class QueueSweeperTest {

    private final HandoffFixture fixture = new HandoffFixture();

    @Test
    void sweepGivesADisconnectedAgentsConversationsBackAtTheirOldPriority() {
        fixture.agent("ada", 5, "care");
        String held = fixture.escalated("talk to someone", "none", 70);
        var requestedAt = fixture.handoffs.open(held).orElseThrow().requestedAt();
        fixture.desk.claim("ada", held);
        assertThat(fixture.agents.find("ada").orElseThrow().presence()).isEqualTo(Presence.ONLINE);
        fixture.agents.presence("ada", Presence.OFFLINE, fixture.clock.instant());
        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(fixture.sweeper.sweep()).isZero();
        fixture.clock.advance(Duration.ofMinutes(2));
        fixture.published.clear();
        assertThat(fixture.sweeper.sweep()).isEqualTo(1);
        var back = fixture.handoffs.open(held).orElseThrow();
        assertThat(back.state()).isEqualTo(HandoffState.WAITING);
        assertThat(back.priority()).isEqualTo(70);
        assertThat(back.requestedAt()).isEqualTo(requestedAt);
        assertThat(fixture.stateOf(held)).isEqualTo(ConversationState.QUEUED);
        assertThat(fixture.ownerChanges()).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.HandoffReleased.class, released -> {
                    assertThat(released.cause()).isEqualTo(Cause.AGENT_GONE);
                    assertThat(released.agent()).isEqualTo("ada");
                });
        assertThat(fixture.sweeper.sweep()).isZero();
        assertThat(fixture.ownerChanges()).hasSize(1);
    }

    @Test
    void sweepRecordsSilentWaitingCustomersAsAbandoned() {
        String silent = fixture.escalated("talk to someone", "none", 30);
        String watchingQuietly = fixture.escalated("a human please", "none", 30);
        fixture.present.add(watchingQuietly);
        fixture.clock.advance(Duration.ofMinutes(20));
        String recent = fixture.escalated("a person please", "none", 30);
        fixture.clock.advance(Duration.ofMinutes(11));
        fixture.published.clear();
        assertThat(fixture.sweeper.sweep()).isEqualTo(1);
        assertThat(fixture.handoffs.open(watchingQuietly)).isPresent();
        assertThat(fixture.handoffs.latest(silent).orElseThrow().outcome()).isEqualTo("abandoned");
        assertThat(fixture.stateOf(silent)).isEqualTo(ConversationState.CLOSED);
        assertThat(fixture.handoffs.open(recent)).isPresent();
        assertThat(fixture.ownerChanges()).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.HandoffCompleted.class, completed -> {
                    assertThat(completed.conversationId()).isEqualTo(silent);
                    assertThat(completed.outcome()).isEqualTo(Outcome.ABANDONED);
                    assertThat(completed.agent()).isEmpty();
                    assertThat(completed.state()).isEqualTo(ConversationState.CLOSED);
                });
        assertThat(fixture.sweeper.sweep()).isZero();
        assertThat(fixture.ownerChanges()).hasSize(1);
    }

    @Test
    void anAbandonmentTellsTheCustomersBehindTheirNewPlace() {
        String gone = fixture.escalated("talk to someone", "none", 30);
        String next = fixture.escalated("a person please", "none", 30);
        fixture.present.add(next);
        fixture.clock.advance(Duration.ofMinutes(31));
        assertThat(fixture.sweeper.sweep()).isEqualTo(1);
        assertThat(fixture.stateOf(gone)).isEqualTo(ConversationState.CLOSED);
        assertThat(fixture.systemTexts(next)).last().asString().startsWith("You are next in line.");
    }
}
