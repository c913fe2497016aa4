package dev.tact.intents.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

class LexiconSentimentScorerTest {

    private final SentimentScorer scorer = new LexiconSentimentScorer();

    private double compound(String text) {
        return scorer.score(text).compound();
    }

    @Test
    void scoreOfEmptyOrBlankTextIsNeutral() {
        assertThat(scorer.score("")).isEqualTo(SentimentScore.NEUTRAL);
        assertThat(scorer.score("  \n\t ")).isEqualTo(SentimentScore.NEUTRAL);
        assertThat(scorer.score("?!").compound()).isZero();
        assertThatNullPointerException().isThrownBy(() -> scorer.score(null));
    }

    /** Hand-checked messages and the sign of their sentiment: +, - or 0 (within 0.05 of neutral). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # negation flips and damps
            not bad                                          | +
            not bad at all, thanks                           | +
            I'm not happy with this service                  | -
            I'm happy with this service                      | +
            I don't like it                                  | -
            I don’t like it                                  | -
            I dont like it                                   | -
            this is never good                               | -
            never again                                      | -
            Never again, this bank is a joke                 | -
            the least helpful service                        | -
            at least it was helpful                          | +
            # negation stops at the end of a clause
            No, this is great                                | +
            # idioms
            no problem                                       | +
            No problem at all, thank you                     | +
            No worries                                       | +
            no thanks                                        | +
            # but-clauses weigh what follows
            the app is good but the support is terrible      | -
            the app is terrible but the support is good      | +
            the app is good, however the support is terrible | -
            # emoji, through their descriptions, and emoticons
            😊                                               | +
            😡                                               | -
            💔                                               | -
            👍🏽                                               | +
            still waiting😡                                   | -
            # customer messages
            This is ridiculous, I've been waiting 3 weeks!!! | -
            my card is lost                                  | -
            the app works fine                               | +
            # neutral banking requests: requests and banking terms carry no feeling
            how do I change my PIN                           | 0
            how do I change my PIN!!!                        | 0
            I'd like to top up my account                    | 0
            Can you help me transfer money to a beneficiary? | 0
            please send me a new card                        | 0
            what currencies do you support                   | 0
            """)
    void scoreHasTheExpectedSign(String text, String sign) {
        double compound = compound(text);
        switch (sign) {
            case "+" -> assertThat(compound).isGreaterThan(0.05);
            case "-" -> assertThat(compound).isLessThan(-0.05);
            default -> assertThat(compound).isCloseTo(0, within(0.05));
        }
    }

    /** Pairs of messages where a rule makes the first clearly more positive than the second. */
    @ParameterizedTest(name = "{0} > {1}")
    @CsvSource(delimiter = '|', textBlock = """
            not bad at all              | not bad
            it is not good              | it is not good at all
            very good                   | good
            bad                         | extremely bad
            slightly bad                | bad
            good                        | kind of good
            kind of good                | neutral
            the service was a bit poor  | the service was poor
            This is GREAT               | This is great
            I hate this app             | I HATE this app
            I hate this                 | I hate this!!!
            great!!                     | great!
            why is this so bad?         | why is this so bad??
            why is this so bad??        | why is this so bad???
            thanks so much 😊           | thanks so much
            Great :)                    | Great
            """)
    void scoreOfFirstIsHigher(String higher, String lower) {
        assertThat(compound(higher)).isGreaterThan(compound(lower));
    }

    @Test
    void scoreIgnoresCapitalsInAllCapsTextAndMarksBeyondFour() {
        assertThat(compound("THIS IS GREAT")).isEqualTo(compound("this is great"));
        assertThat(compound("great!!!!!!!!")).isEqualTo(compound("great!!!!"));
    }

    @Test
    void scoreOfStrongMessagesIsClearlyPastTheDefaultFloor() {
        assertThat(compound("This is ridiculous, I've been waiting 3 weeks!!!")).isLessThan(-0.5);
        assertThat(compound("I HATE this app")).isLessThan(-0.6);
        assertThat(compound("this is not working at all and I am fed up")).isLessThan(-0.6);
    }

    @Test
    void scoreIsBoundedAndSharesAddUpToOne() {
        String furious = "terrible awful horrible useless disgusting ".repeat(40) + "!!!!";
        String delighted = "GREAT excellent wonderful fantastic ".repeat(40) + "😊😊😊";
        for (String text : List.of(furious, delighted, "ok", "the app is good but the support is terrible!!")) {
            SentimentScore score = scorer.score(text);
            assertThat(score.compound()).isBetween(-1.0, 1.0);
            assertThat(score.positive() + score.negative() + score.neutral()).isCloseTo(1, within(1e-9));
        }
        assertThat(compound(furious)).isLessThan(-0.99);
        assertThat(compound(delighted)).isGreaterThan(0.99);
    }

    @Test
    void scoreExplainsEachContributingToken() {
        SentimentScore score = scorer.score("I HATE this app, not happy at all!!");
        assertThat(score.tokens()).extracting(ScoredToken::text).containsExactly("HATE", "happy", "!!");
        ScoredToken hate = score.tokens().get(0);
        assertThat(hate.lexiconValence()).isEqualTo(-2.7);
        assertThat(hate.valence()).isCloseTo(-2.7 - 0.733, within(1e-9));
        assertThat(hate.rules()).containsExactly(ValenceRule.SHOUTED);
        ScoredToken happy = score.tokens().get(1);
        assertThat(happy.valence()).isCloseTo(2.7 * -0.74 - 0.293, within(1e-9));
        assertThat(happy.rules()).containsExactlyInAnyOrder(ValenceRule.NEGATED, ValenceRule.INTENSIFIED);
        assertThat(score.tokens().get(2).valence()).isCloseTo(-2 * 0.292, within(1e-9));
        double sum = score.tokens().stream().mapToDouble(ScoredToken::valence).sum();
        assertThat(score.compound()).isCloseTo(sum / Math.sqrt(sum * sum + 15), within(1e-9));
        assertThat(score.negative()).isGreaterThan(score.neutral()).isGreaterThan(score.positive());
    }

    @Test
    void scoreGivesTheSameAnswerFromManyThreads() {
        String text = "the app is good but the support is TERRIBLE!!! 😡";
        SentimentScore expected = scorer.score(text);
        assertThat(IntStream.range(0, 2_000).parallel().mapToObj(i -> scorer.score(text)).distinct().toList())
                .containsExactly(expected);
    }
}
