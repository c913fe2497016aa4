package dev.tact.intents.conversation;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RepairDataTest {

    @Test
    void trainAndHeldOutHoldBothLabelsAndShareNoExchange() {
        var train = RepairData.train();
        var heldOut = RepairData.heldOut();
        assertThat(train.size() + heldOut.size()).isGreaterThanOrEqualTo(600);
        assertThat(heldOut.size()).isBetween(train.size() / 5, train.size() / 3);
        for (var split : java.util.List.of(train, heldOut)) {
            long repairs = split.stream().filter(RepairSample::repair).count();
            assertThat(repairs / (double) split.size()).isBetween(0.4, 0.6);
        }
        Set<String> trainExchanges = train.stream().map(RepairSample::exchange).collect(Collectors.toSet());
        assertThat(heldOut).noneMatch(sample -> trainExchanges.contains(sample.exchange()));
    }

    @Test
    void trainFingerprintIsStable() {
        assertThat(RepairData.trainFingerprint()).hasSize(64).isEqualTo(RepairData.trainFingerprint());
    }
}
