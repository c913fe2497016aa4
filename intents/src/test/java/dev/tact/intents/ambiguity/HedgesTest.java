package dev.tact.intents.ambiguity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HedgesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "cancel the transfer, unless it already went through",
            "I'd like to exchange money but only if the rate is better",
            "i need help with my account but it's complicated",
            "can I get a virtual card or maybe a physical one, not sure",
            "either cancel it or raise the limit, whichever is easier",
            "should i use apple pay or the card abroad?",
            "it works online except sometimes in shops",
            "my employer says they sent it, except they might have used my old details, I'm not sure"})
    void findHedgedRequestFindsAMarker(String text) {
        assertThat(Hedges.find(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I tried that but the app won't let me change my surname",
            "how do I order a physical card? I only have the virtual one",
            "what is the exchange rate for euros",
            "my card is not working",
            "I'm sure I paid it yesterday",
            "my card was declined and I am not sure why"})
    void findPlainRequestFindsNothing(String text) {
        assertThat(Hedges.find(text)).isEmpty();
    }
}
