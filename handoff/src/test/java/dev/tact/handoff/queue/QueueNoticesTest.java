package dev.tact.handoff.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueNoticesTest {

    @Test
    void meaningfulWhenNextNeverToldOrMovedAThird() {
        assertThat(QueueNotices.meaningful(0, 4)).isTrue();
        assertThat(QueueNotices.meaningful(3, 1)).isTrue();
        assertThat(QueueNotices.meaningful(1, 1)).isFalse();
        assertThat(QueueNotices.meaningful(3, 2)).isFalse();
        assertThat(QueueNotices.meaningful(6, 4)).isTrue();
        assertThat(QueueNotices.meaningful(12, 10)).isFalse();
        assertThat(QueueNotices.meaningful(12, 8)).isTrue();
    }
}
