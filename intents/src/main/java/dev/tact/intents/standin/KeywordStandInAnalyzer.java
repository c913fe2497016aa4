package dev.tact.intents.standin;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A STAND-IN analyzer that matches a handful of keyword rules. It exists only so that the engine, the storage
 * and the channels can run end to end before the trained OpenNLP intent engine and the sentiment models land;
 * it is not a language model and must not be used to judge Tact's understanding.
 *
 * <p>Each rule whose phrase occurs in the normalised message votes for its intent; the votes become
 * probabilities, so one matching rule gives 0.9 and two rival rules split it (a small margin). A few clearly
 * negative words lower the sentiment.
 */
public final class KeywordStandInAnalyzer implements Analyzer {

    /** The name reported in {@link Analysis#analyzer()}. */
    public static final String NAME = "keyword-stand-in";

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, List<String>> RULES = Map.of(
            "greeting", List.of("hello", "hi", "hey", "good morning", "good afternoon", "good evening"),
            "thanks", List.of("thanks", "thank you", "cheers"),
            "goodbye", List.of("bye", "goodbye", "see you"),
            "human_request", List.of("human", "agent", "real person", "speak to someone", "talk to someone",
                    "representative", "operator"),
            "lost_or_stolen_card", List.of("lost my card", "card was stolen", "stolen card", "lost card",
                    "card is missing"),
            "change_pin", List.of("change my pin", "change pin", "new pin", "reset my pin"),
            "card_arrival", List.of("card arrive", "card hasn't arrived", "card has not arrived", "card still not",
                    "when will my card"),
            "exchange_rate", List.of("exchange rate", "conversion rate"));

    private static final Set<String> NEGATIVE = Set.of("angry", "furious", "terrible", "awful", "horrible",
            "useless", "ridiculous", "unacceptable", "disgusting", "hate", "worst", "scam", "upset");

    @Override
    public Analysis analyze(String text, List<Message> history) {
        String normalised = normalise(text);
        String padded = ' ' + normalised + ' ';
        List<String> matched = new ArrayList<>();
        RULES.forEach((intent, phrases) -> {
            if (phrases.stream().anyMatch(phrase -> padded.contains(' ' + phrase + ' '))) {
                matched.add(intent);
            }
        });
        List<IntentScore> intents = matched.stream()
                .map(intent -> new IntentScore(intent, 0.9 / matched.size()))
                .toList();
        double outOfScope = matched.isEmpty() ? 1 : 0;
        return new Analysis(intents, outOfScope, sentiment(normalised, text), Map.of(), Map.of(), NAME);
    }

    private static double sentiment(String normalised, String original) {
        long negatives = SPACES.splitAsStream(normalised).filter(NEGATIVE::contains).count();
        double score = -0.3 * negatives;
        if (negatives > 0 && (original.contains("!!") || original.equals(original.toUpperCase(Locale.ROOT)))) {
            score -= 0.2;
        }
        return Math.max(-1, score);
    }

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SPACES.matcher(NON_WORD.matcher(lower).replaceAll(" ")).replaceAll(" ").trim();
    }
}
