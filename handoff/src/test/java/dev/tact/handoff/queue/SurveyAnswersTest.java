package dev.tact.handoff.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyAnswersTest {

    @Test
    void scoreReadsALoneDigitFromOneToFive() {
        assertThat(SurveyAnswers.score(" 4 ")).hasValue(4);
        assertThat(SurveyAnswers.score("5!")).hasValue(5);
        assertThat(SurveyAnswers.score("6")).isEmpty();
        assertThat(SurveyAnswers.score("I give it 4")).isEmpty();
        assertThat(SurveyAnswers.score("0")).isEmpty();
    }
}
