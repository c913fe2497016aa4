package dev.tact.core.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessEventBusTest extends EventBusContract {

    private final InProcessEventBus bus = new InProcessEventBus();

    @Override
    protected EventBus bus() {
        return bus;
    }

    @Test
    void publishDeliversBeforeItReturns() {
        List<ConversationEvent> received = new ArrayList<>();
        bus.subscribe(received::add);
        bus.publish(event("a", 1));
        assertThat(received).containsExactly(event("a", 1));
    }
}
