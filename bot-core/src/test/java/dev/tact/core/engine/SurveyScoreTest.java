package dev.tact.core.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyScoreTest {

    @Test
    void parseReadsALoneDigitFromOneToFive() {
        assertThat(SurveyScore.parse(" 4 ")).hasValue(4);
        assertThat(SurveyScore.parse("5!")).hasValue(5);
        assertThat(SurveyScore.parse("6")).isEmpty();
        assertThat(SurveyScore.parse("I give it 4")).isEmpty();
        assertThat(SurveyScore.parse("0")).isEmpty();
    }
}
