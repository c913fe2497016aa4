package dev.tact.core.event;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link EventBus} must do, whether it delivers in this process or across nodes: every listener gets
 * every event published after it subscribed, in the order published, until its subscription is closed, and a
 * failing listener stops neither the others nor the publisher. Deliveries may be asynchronous: the contract waits
 * up to {@link #patience()} for them. Each implementation's test extends this class; the app module extends it
 * too (through this module's test jar) for a bus over the database.
 */
public abstract class EventBusContract {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    /** A fresh bus, whose publishes listeners of {@link #listeningBus()} receive. */
    protected abstract EventBus bus();

    /** The bus listeners subscribe to: the same one, or another node's bus over the same medium. */
    protected EventBus listeningBus() {
        return bus();
    }

    /** How long a delivery may take. */
    protected Duration patience() {
        return Duration.ofSeconds(5);
    }

    /** Time for a delivery that must not come to show up if it wrongly would. */
    protected Duration quietPeriod() {
        return Duration.ofMillis(200);
    }

    protected static ConversationEvent event(String conversationId, int second) {
        return new ConversationEvent.ConversationReopened(conversationId, T0.plusSeconds(second));
    }

    private ConversationEvent next(BlockingQueue<ConversationEvent> received) throws InterruptedException {
        return received.poll(patience().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void publishReachesEverySubscriberInOrder() throws InterruptedException {
        BlockingQueue<ConversationEvent> first = new LinkedBlockingQueue<>();
        BlockingQueue<ConversationEvent> second = new LinkedBlockingQueue<>();
        listeningBus().subscribe(first::add);
        listeningBus().subscribe(second::add);
        List<ConversationEvent> sent = List.of(event("a", 1), event("b", 2), event("a", 3));
        sent.forEach(bus()::publish);
        List<ConversationEvent> gotFirst = new ArrayList<>();
        List<ConversationEvent> gotSecond = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            gotFirst.add(next(first));
            gotSecond.add(next(second));
        }
        assertThat(gotFirst).containsExactlyElementsOf(sent);
        assertThat(gotSecond).containsExactlyElementsOf(sent);
    }

    @Test
    void closedSubscriptionGetsNothingMore() throws InterruptedException {
        BlockingQueue<ConversationEvent> kept = new LinkedBlockingQueue<>();
        BlockingQueue<ConversationEvent> closed = new LinkedBlockingQueue<>();
        listeningBus().subscribe(kept::add);
        EventBus.Subscription subscription = listeningBus().subscribe(closed::add);
        bus().publish(event("a", 1));
        assertThat(next(closed)).isEqualTo(event("a", 1));
        subscription.close();
        bus().publish(event("b", 2));
        assertThat(next(kept)).isEqualTo(event("a", 1));
        assertThat(next(kept)).isEqualTo(event("b", 2));
        assertThat(closed.poll(quietPeriod().toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void failingListenerStopsNeitherTheOthersNorThePublisher() throws InterruptedException {
        BlockingQueue<ConversationEvent> received = new LinkedBlockingQueue<>();
        listeningBus().subscribe(event -> {
            throw new IllegalStateException("listener broke");
        });
        listeningBus().subscribe(received::add);
        bus().publish(event("a", 1));
        bus().publish(event("b", 2));
        assertThat(next(received)).isEqualTo(event("a", 1));
        assertThat(next(received)).isEqualTo(event("b", 2));
    }

    @Test
    void publishWithoutListenersIsFine() throws InterruptedException {
        bus().publish(event("a", 1));
        BlockingQueue<ConversationEvent> late = new LinkedBlockingQueue<>();
        listeningBus().subscribe(late::add);
        bus().publish(event("b", 2));
        assertThat(next(late)).isEqualTo(event("b", 2));
    }
}
