package dev.tact.intents.ambiguity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClausesTest {

    @Test
    void ofSplitsAtSentenceEndsAndJoiningConjunctions() {
        assertThat(Clauses.of("how do I verify my identity? also my card still hasn't come"))
                .containsExactly("how do I verify my identity", "my card still hasn't come");
        assertThat(Clauses.of("my card arrived but I want to change the PIN and also top up"))
                .containsExactly("my card arrived", "I want to change the PIN", "top up");
    }

    @Test
    void splitTellsRequestsFromContext() {
        assertThat(Clauses.split("My new card came in the post today. How do I activate it?"))
                .extracting(Clauses.Clause::request).containsExactly(false, true);
        assertThat(Clauses.split("How do I order a physical card? I only have the virtual one"))
                .extracting(Clauses.Clause::request).containsExactly(true, false);
        assertThat(Clauses.split("my card arrived but I want to change the PIN and also top up"))
                .extracting(Clauses.Clause::request).containsExactly(false, true, true);
        assertThat(Clauses.split("how do I verify my identity? also my card still hasn't come"))
                .extracting(Clauses.Clause::request).containsExactly(true, true);
    }

    @Test
    void ofDropsOneWordClauses() {
        assertThat(Clauses.of("thanks! how do I top up")).containsExactly("how do I top up");
    }

    @Test
    void ofKeepsAPlainMessageWhole() {
        assertThat(Clauses.of("where is my new card")).containsExactly("where is my new card");
    }
}
