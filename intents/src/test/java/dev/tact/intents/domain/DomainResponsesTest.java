package dev.tact.intents.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class DomainResponsesTest {

    private final Domain tiny = DomainLoader.bundled("tiny");

    @Test
    void responseForAnswersOnlyWhatTheDomainWrote() {
        var responses = new DomainResponses(tiny);
        assertThat(responses.responseFor("greeting")).contains("Hello! How can I help?");
        assertThat(responses.responseFor("no_such_intent")).isEmpty();
    }

    @Test
    void responseForGivesTheVariantsInTurn() {
        var twoWays = new IntentDefinition("greeting", "", List.of(), List.of("Hello!", "Hi there!"),
                new HandoffOverrides(false, false, OptionalDouble.empty(), false, "Shall I get someone?"), "", "Say hello");
        var responses = new DomainResponses(new Domain("test", List.of(twoWays), List.of(), "fingerprint"));
        assertThat(List.of(responses.responseFor("greeting").orElseThrow(),
                responses.responseFor("greeting").orElseThrow(), responses.responseFor("greeting").orElseThrow()))
                .containsExactly("Hello!", "Hi there!", "Hello!");
        assertThat(responses.offerFor("greeting")).contains("Shall I get someone?");
        assertThat(responses.titleFor("greeting")).isEqualTo("Say hello");
    }
}
