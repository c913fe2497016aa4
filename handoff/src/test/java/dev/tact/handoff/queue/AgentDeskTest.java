package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.ConversationEvent.HandoffCompleted.Outcome;
import dev.tact.core.event.ConversationEvent.HandoffReleased.Cause;
import dev.tact.handoff.HandoffException;
import dev.tact.handoff.testing.HandoffFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue logic (routing, positions, estimates, claims, transfers) over the in-memory handoff store. */
class AgentDeskTest {

    private final HandoffFixture fixture = new HandoffFixture();
    private final AgentDesk desk = fixture.desk;
    private final AgentQueue queue = fixture.queue;

    @Test
    void enqueueRoutesByIntentAndCountsPlacesPerTeam() {
        String fraud = fixture.escalated("my card was stolen", "lost_or_stolen_card", 50);
        String care1 = fixture.escalated("talk to someone", "none", 30);
        String care2 = fixture.escalated("a person please", "none", 80);
        assertThat(fixture.handoffs.open(fraud).orElseThrow().team()).isEqualTo("fraud");
        assertThat(queue.ticket(fraud).orElseThrow().position()).isEqualTo(1);
        assertThat(queue.ticket(care2).orElseThrow().position()).isEqualTo(1);
        assertThat(queue.ticket(care1).orElseThrow().position()).isEqualTo(2);
        assertThat(queue.ticket(care1).orElseThrow().estimatedWait()).isEmpty();
        assertThat(fixture.stateOf(care1)).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void claimChecksTeamAndCapacity() {
        fixture.agent("ada", 1, "care");
        String fraud = fixture.escalated("my card was stolen", "lost_or_stolen_card", 50);
        String first = fixture.escalated("talk to someone", "none", 30);
        String second = fixture.escalated("a person please", "none", 30);
        assertThatThrownBy(() -> desk.claim("ada", fraud)).isInstanceOf(HandoffException.class)
                .hasMessageContaining("fraud");
        desk.claim("ada", first);
        assertThatThrownBy(() -> desk.claim("ada", second)).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).code()).isEqualTo("at_capacity");
        assertThatThrownBy(() -> desk.claim("nobody", second)).isInstanceOf(HandoffException.class)
                .extracting(e -> ((HandoffException) e).kind()).isEqualTo(HandoffException.Kind.FORBIDDEN);
    }

    @Test
    void claimPublishesAcceptedOnceAndALostClaimNothing() {
        fixture.agent("ada", 3, "care");
        fixture.agent("bob", 3, "care");
        String id = fixture.escalated("talk to someone", "none", 30);
        String handoffId = fixture.handoffs.open(id).orElseThrow().id();
        fixture.published.clear();
        desk.claim("ada", id);
        assertThatThrownBy(() -> desk.claim("bob", id)).isInstanceOf(HandoffException.class);
        assertThat(fixture.ownerChanges()).singleElement()
                .isEqualTo(new ConversationEvent.HandoffAccepted(id, handoffId, "ada", fixture.clock.instant()));
        assertThat(fixture.stateOf(id)).isEqualTo(ConversationState.AGENT);
    }

    @Test
    void releasePublishesReleasedOnceWithThePlaceInLine() {
        fixture.agent("ada", 3, "care");
        String id = fixture.escalated("talk to someone", "none", 30);
        desk.claim("ada", id);
        fixture.published.clear();
        desk.release("ada", id, "not my area");
        assertThat(fixture.ownerChanges()).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.HandoffReleased.class, released -> {
                    assertThat(released.agent()).isEqualTo("ada");
                    assertThat(released.cause()).isEqualTo(Cause.RELEASED);
                    assertThat(released.state()).isEqualTo(ConversationState.QUEUED);
                    assertThat(released.ticket()).map(ticket -> ticket.position()).contains(1);
                });
        assertThat(fixture.stateOf(id)).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void transferPublishesTransferredOnceAndNoRelease() {
        fixture.agent("ada", 5, "care");
        fixture.agent("bob", 5, "fraud");
        String id = fixture.escalated("talk to someone", "none", 30);
        desk.claim("ada", id);
        fixture.published.clear();
        desk.transfer("ada", id, null, "bob", "card fraud");
        assertThat(fixture.ownerChanges()).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.HandoffTransferred.class, transferred -> {
                    assertThat(transferred.fromAgent()).isEqualTo("ada");
                    assertThat(transferred.team()).isEqualTo("fraud");
                    assertThat(transferred.toAgent()).isEqualTo("bob");
                    assertThat(transferred.ticket()).isPresent();
                });
    }

    @Test
    void resolvePublishesCompletedOnceWithItsOutcome() {
        fixture.agent("ada", 5, "care");
        String closed = fixture.escalated("talk to someone", "none", 30);
        String returned = fixture.escalated("a person please", "none", 30);
        desk.claim("ada", closed);
        desk.claim("ada", returned);
        fixture.published.clear();
        desk.resolve("ada", closed, false);
        desk.resolve("ada", returned, true);
        assertThatThrownBy(() -> desk.resolve("ada", returned, true)).isInstanceOf(HandoffException.class);
        assertThat(fixture.ownerChanges()).extracting(event -> (ConversationEvent.HandoffCompleted) event)
                .extracting(ConversationEvent.HandoffCompleted::conversationId,
                        ConversationEvent.HandoffCompleted::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(closed, Outcome.CLOSED),
                        org.assertj.core.groups.Tuple.tuple(returned, Outcome.RETURNED_TO_BOT));
        assertThat(fixture.stateOf(closed)).isEqualTo(ConversationState.CLOSED);
        assertThat(fixture.stateOf(returned)).isEqualTo(ConversationState.BOT);
    }

    @Test
    void waitingCustomersAreToldWhenTheirPlaceChangesMeaningfully() {
        fixture.agent("ada", 5, "care");
        String a = fixture.escalated("talk to someone", "none", 30);
        String b = fixture.escalated("a person please", "none", 30);
        String c = fixture.escalated("a human", "none", 30);
        desk.claim("ada", a);
        assertThat(fixture.systemTexts(b)).contains("You are next in line. I can't estimate the wait yet.");
        assertThat(fixture.systemTexts(c)).noneMatch(text -> text.contains("number"));
        assertThat(fixture.sender.sent()).anyMatch(message -> message.conversationId().equals(b)
                && message.kind() == MessageKind.QUEUE_UPDATE);
    }

    @Test
    void waitingCustomersMovedBackByUrgentArrivalsAreToldToo() {
        fixture.escalated("talk to someone", "none", 30);
        fixture.escalated("a person please", "none", 30);
        String third = fixture.escalated("a human", "none", 30);
        fixture.escalated("I am furious", "none", 90);
        fixture.escalated("this is a disgrace", "none", 90);
        assertThat(fixture.systemTexts(third)).contains("You are number 5 in line. I can't estimate the wait yet.");
    }

    @Test
    void anArrivalTellsOnlyThoseBehindItInItsTeam() {
        String first = fixture.escalated("talk to someone", "none", 80);
        String fraud = fixture.escalated("my card was stolen", "lost_or_stolen_card", 30);
        String second = fixture.escalated("a person please", "none", 30);
        String third = fixture.escalated("a human", "none", 30);
        int before = fixture.sender.sent().size();
        String urgent = fixture.escalated("this is a disgrace", "none", 60);
        // second (2 -> 3) and third (3 -> 4) moved one place: not worth a message; nobody else is looked at
        assertThat(fixture.sender.sent().subList(before, fixture.sender.sent().size())).isEmpty();
        assertThat(queue.ticket(first).orElseThrow().position()).isEqualTo(1);
        assertThat(queue.ticket(urgent).orElseThrow().position()).isEqualTo(2);
        assertThat(queue.ticket(fraud).orElseThrow().position()).isEqualTo(1);
        AgentQueue.Snapshot line = queue.snapshot();
        var arrived = fixture.handoffs.open(urgent).orElseThrow();
        assertThat(line.behind(arrived)).extracting(entry -> entry.handoff().conversationId())
                .containsExactly(second, third);
    }

    @Test
    void aClaimReadsTheHandlingTimesOnceHoweverLongTheLine() {
        fixture.agent("ada", 5, "care");
        String first = fixture.escalated("talk to someone", "none", 30);
        for (int i = 0; i < 12; i++) {
            fixture.escalated("a person please " + i, "none", 30);
        }
        fixture.historyReads.set(0);
        desk.claim("ada", first);
        assertThat(fixture.historyReads).hasValue(1);
    }

    @Test
    void estimateComesFromRecentHandlingTimes() {
        fixture.agent("ada", 5, "care");
        String handled = fixture.escalated("talk to someone", "none", 30);
        desk.claim("ada", handled);
        fixture.clock.advance(Duration.ofMinutes(6));
        desk.resolve("ada", handled, false);
        fixture.agents.presence("ada", Presence.ONLINE, fixture.clock.instant());
        String waiting = fixture.escalated("a person please", "none", 30);
        fixture.escalated("a human", "none", 30);
        assertThat(queue.ticket(waiting).orElseThrow().estimatedWait()).contains(Duration.ofMinutes(6));
    }

    @Test
    void transferToAnAgentReservesTheConversationForThem() {
        fixture.agent("ada", 5, "care");
        fixture.agent("bob", 5, "fraud");
        fixture.agent("cy", 5, "fraud");
        String id = fixture.escalated("talk to someone", "none", 30);
        desk.claim("ada", id);
        desk.transfer("ada", id, null, "bob", "card fraud, see the last message");
        var waiting = fixture.handoffs.open(id).orElseThrow();
        assertThat(waiting.team()).isEqualTo("fraud");
        assertThat(waiting.note()).isEqualTo("card fraud, see the last message");
        assertThatThrownBy(() -> desk.claim("cy", id)).isInstanceOf(HandoffException.class);
        desk.claim("bob", id);
        assertThat(desk.mayRead("ada", id)).isTrue();
        assertThatThrownBy(() -> desk.send("ada", id, "hi")).isInstanceOf(HandoffException.class);
        assertThat(desk.send("bob", id, "Hello, Bob here").role()).isEqualTo(Role.AGENT);
    }
}
