package dev.tact.intents.standin;

import dev.tact.core.decision.ResponseCatalog;

import java.util.Map;
import java.util.Optional;

/** The answers for the intents of {@link KeywordStandInAnalyzer}: a STAND-IN until the domain files land. */
public final class StandInResponses implements ResponseCatalog {

    private static final Map<String, String> ANSWERS = Map.of(
            "greeting", "Hello! How can I help you today?",
            "thanks", "You're welcome. Is there anything else I can help with?",
            "goodbye", "Goodbye, and thank you for getting in touch.",
            "lost_or_stolen_card", "I'm sorry to hear that. Please freeze the card straight away in the app"
                    + " under Card > Freeze; that stops any new payments. Then order a replacement from the same"
                    + " screen. If you see payments you don't recognise, tell me and I'll bring in a person.",
            "change_pin", "You can change your PIN at any of our cash machines: insert your card, choose"
                    + " 'PIN services' and follow the steps. You will need your current PIN.",
            "card_arrival", "A new card usually arrives within a few working days of ordering. You can follow"
                    + " its status in the app under Card. If it has not arrived after that, ask me for a person"
                    + " and they will look at your order.",
            "exchange_rate", "Card payments in other currencies use the exchange rate of the card network on the"
                    + " day the payment is processed. The app shows the rate applied on each payment.");

    @Override
    public Optional<String> responseFor(String intent) {
        return Optional.ofNullable(ANSWERS.get(intent));
    }
}
