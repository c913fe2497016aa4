package dev.tact.intents.classify;

import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small real sample of the bundled banking domain for tests that train: a few intents, a fixed number of their
 * Banking77 examples each, split into training and held-out rows the same way every run.
 */
final class BankingSample {

    static final Set<String> INTENTS = Set.of("card_arrival", "lost_or_stolen_card", "exchange_rate",
            "top_up_failed", "cancel_transfer", "change_pin", "age_limit", "apple_pay_or_google_pay",
            "greeting", "human_request", "declined_card_payment", "transfer_timing");

    /** The intents written for Tact rather than taken from Banking77. */
    static final Set<String> CONVERSATIONAL = Set.of("greeting", "thanks", "goodbye", "human_request");

    final List<LabeledText> train = new ArrayList<>();
    final List<LabeledText> test = new ArrayList<>();

    private static Domain domain;

    /** @param perIntent examples kept per intent; every fifth of them is held out */
    BankingSample(int perIntent) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (LabeledText sample : banking().samples()) {
            if (!INTENTS.contains(sample.label()) && !sample.outOfScope()) {
                continue;
            }
            int n = taken.merge(sample.label(), 1, Integer::sum);
            if (n > perIntent) {
                continue;
            }
            (n % 5 == 0 ? test : train).add(sample);
        }
    }

    static synchronized Domain banking() {
        if (domain == null) {
            domain = DomainLoader.bundled("banking");
        }
        return domain;
    }
}
