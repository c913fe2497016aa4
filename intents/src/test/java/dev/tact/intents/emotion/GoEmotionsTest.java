package dev.tact.intents.emotion;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GoEmotionsTest {

    private static final GoEmotions DATA = GoEmotions.bundled();

    @Test
    void trainAndDevHaveTheirRowsAndGoldNegativeVerdicts() {
        List<EmotionSample> train = DATA.train();
        List<EmotionSample> dev = DATA.dev();
        assertThat(train).hasSize(43_410);
        assertThat(dev).hasSize(5_426);
        assertThat(train.stream().filter(EmotionSample::negative).count()).isEqualTo(9_839);
        assertThat(dev.stream().filter(EmotionSample::negative).count()).isEqualTo(1_241);
        assertThat(train.get(2)).isEqualTo(new EmotionSample("WHY THE FUCK IS BAYLESS ISOING", List.of("anger"), true));
        assertThat(train.get(2).classes()).isEqualTo(Set.of(EmotionClass.ANGER_FRUSTRATION));
    }

    @Test
    void fingerprintIsAStableHash() {
        assertThat(DATA.fingerprint()).hasSize(64).isEqualTo(GoEmotions.bundled().fingerprint());
    }
}
