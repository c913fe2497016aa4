package dev.tact.intents.emotion;

import dev.tact.core.decision.Empathy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The emotions a contact centre acts on, each a group of GoEmotions labels (Demszky et al. 2020). The three
 * negative groups hold exactly the eleven labels GoEmotions' {@code sentiment_dict.json} calls negative;
 * {@link #CONFUSION} stays on its own because it matters for ambiguity; the other "ambiguous" labels (realization,
 * surprise, curiosity) go to {@link #NEUTRAL}, since a customer who is curious or surprised needs no special care.
 */
public enum EmotionClass {

    ANGER_FRUSTRATION(true, "anger", "annoyance", "disgust", "disapproval"),
    SADNESS_DISAPPOINTMENT(true, "sadness", "disappointment", "grief", "remorse", "embarrassment"),
    FEAR_ANXIETY(true, "fear", "nervousness"),
    CONFUSION(false, "confusion"),
    POSITIVE(false, "admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude", "joy",
            "love", "optimism", "pride", "relief"),
    NEUTRAL(false, "neutral", "realization", "surprise", "curiosity");

    private final boolean negative;
    private final List<String> labels;

    /**
     * How the handoff policy speaks of the negative classes (the feeling in a handoff reason, the acknowledgement
     * before an answer to a mildly upset customer), in class order.
     */
    public static List<Empathy> empathy() {
        return List.of(
                new Empathy(ANGER_FRUSTRATION.key(), "angry or frustrated", "I'm sorry this has been frustrating."),
                new Empathy(SADNESS_DISAPPOINTMENT.key(), "sad or disappointed", "I'm sorry it's been disappointing."),
                new Empathy(FEAR_ANXIETY.key(), "worried", "I understand this is worrying."));
    }

    EmotionClass(boolean negative, String... labels) {
        this.negative = negative;
        this.labels = List.of(labels);
    }

    /** Whether the class is a negative emotion, one that makes a message "emotional". */
    public boolean negative() {
        return negative;
    }

    /** The GoEmotions labels in this class. */
    public List<String> labels() {
        return labels;
    }

    /** The name used in analyses and reports, e.g. {@code anger_frustration}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every GoEmotions label, class by class in declaration order: the outputs of the label regression. */
    static final List<String> ALL_LABELS = Arrays.stream(values()).flatMap(c -> c.labels.stream()).toList();

    /** The class of a GoEmotions label, e.g. {@code annoyance} → {@link #ANGER_FRUSTRATION}. */
    public static Optional<EmotionClass> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.labels.contains(label)).findFirst();
    }
}
