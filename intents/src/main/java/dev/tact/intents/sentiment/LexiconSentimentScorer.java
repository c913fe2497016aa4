package dev.tact.intents.sentiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule-based scorer after VADER (Hutto &amp; Gilbert 2014), written for Tact from the rules the paper
 * describes, over the lexicons of {@link SentimentLexicon}. Each word, phrase, emoticon or emoji with a valence
 * is adjusted by:
 * <ul>
 *   <li>capitals: +{@value #SHOUT} to its magnitude when it is in capitals and the message is not;</li>
 *   <li>boosters and dampeners ("very", "so", "really" / "slightly", "barely", "kind of") among the three
 *       tokens before it: ±{@value Modifiers#BOOST}, ×0.95 two tokens away and ×0.9 three away, ±{@value #SHOUT}
 *       more for a booster in capitals; a dampener weakens a word to 0 at most, never past it;</li>
 *   <li>negation ("not", "never", "no", "…n't", "without", "least" unless "at least") among the three tokens
 *       before it: ×{@value #NEGATION}, which flips and damps it ("not bad" is mildly positive, "not happy"
 *       negative); "at all"/"whatsoever" after a negated word adds {@value Modifiers#BOOST} to its magnitude;</li>
 *   <li>contrast: words before the first "but"/"however" count ×0.5, words after it ×1.5.</li>
 * </ul>
 * None of these reach across the end of a clause (, ; : . ! ? …). A booster or negation that modifies a word
 * after it lends it its strength and adds no valence of its own ("no problem" is not negative because of "no").
 * The sum of the adjusted valences gains {@value #EXCLAMATION} per "!" (4 at most) and, from two "?" on,
 * {@value #QUESTION} per "?" (0.96 for four or more), in the direction it already has; {@code compound} is
 * {@code x / sqrt(x² + 15)}. The shares weigh each sentiment token by its absolute valence, each other token
 * by 1, and the punctuation on the side it strengthens. Thread-safe.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    static final double NEGATION = -0.74;
    static final double SHOUT = 0.733;
    static final double EXCLAMATION = 0.292;
    static final double QUESTION = 0.18;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double MAX_QUESTION_EMPHASIS = 0.96;
    private static final double NORMALISATION = 15;
    private static final int WINDOW = 3;
    private static final double[] DISTANCE_DECAY = {1, 0.95, 0.9};

    private final SentimentLexicon lexicon;
    private final SentimentTokenizer tokenizer;

    /** A scorer over the bundled lexicons. */
    public LexiconSentimentScorer() {
        this(SentimentLexicon.bundled());
    }

    public LexiconSentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon must not be null");
        this.tokenizer = new SentimentTokenizer(lexicon);
    }

    @Override
    public SentimentScore score(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Tokens tokens = tokenizer.tokenize(text);
        if (tokens.size() == 0) {
            return SentimentScore.NEUTRAL;
        }
        int contrast = tokens.firstContrast();
        List<ScoredToken> scored = new ArrayList<>();
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (int i = 0; i < tokens.size(); ) {
            Phrase phrase = lexicon.longestPhrase(tokens.lower(), i, tokens.clauseLimit(i));
            int span = Math.max(1, phrase.length());
            double base = phrase.length() > 0 ? phrase.valence() : ownValence(tokens, i);
            if (base == 0) {
                neutral++;
            } else {
                EnumSet<ValenceRule> rules = EnumSet.noneOf(ValenceRule.class);
                double valence = adjust(tokens, i, span, base, phrase.negates(), rules);
                if (contrast >= 0 && i != contrast) {
                    valence *= i < contrast ? 0.5 : 1.5;
                    rules.add(i < contrast ? ValenceRule.BEFORE_CONTRAST : ValenceRule.AFTER_CONTRAST);
                }
                sum += valence;
                positive += Math.max(0, valence);
                negative += Math.max(0, -valence);
                scored.add(new ScoredToken(tokens.text(i, span), base, valence, rules));
            }
            i += span;
        }
        double emphasis = sum == 0 ? 0 : punctuationEmphasis(tokens);
        if (emphasis > 0) {
            double signed = Math.copySign(emphasis, sum);
            sum += signed;
            positive += signed > 0 ? emphasis : 0;
            negative += signed < 0 ? emphasis : 0;
            scored.add(new ScoredToken("!".repeat(Math.min(tokens.exclamations(), MAX_EXCLAMATIONS))
                    + "?".repeat(tokens.questions() > 1 ? Math.min(tokens.questions(), 4) : 0),
                    0, signed, Set.of(ValenceRule.PUNCTUATION)));
        }
        double total = positive + negative + neutral;
        if (total == 0) {
            return new SentimentScore(0, 0, 0, 1, scored);
        }
        double compound = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + NORMALISATION)));
        return new SentimentScore(compound, positive / total, negative / total, neutral / total, scored);
    }

    /**
     * The lexicon valence of token {@code i} on its own; 0 for a booster or negation whose valence goes into a
     * sentiment word in the next three tokens of its clause instead ("no problem", "super helpful").
     */
    private double ownValence(Tokens tokens, int i) {
        double valence = lexicon.valence(tokens.raw(i), tokens.lower(i));
        if (valence == 0 || Modifiers.boost(tokens.lower(), i) == 0 && !Modifiers.isNegator(tokens.lower(i))) {
            return valence;
        }
        int limit = Math.min(tokens.clauseLimit(i), i + 1 + WINDOW);
        for (int j = i + 1; j < limit; j++) {
            if (lexicon.valence(tokens.raw(j), tokens.lower(j)) != 0
                    || lexicon.longestPhrase(tokens.lower(), j, tokens.clauseLimit(j)).valence() != 0) {
                return 0;
            }
        }
        return valence;
    }

    /** Applies capitals, boosters, negations and "at all" to tokens {@code i .. i+span-1}. */
    private double adjust(Tokens tokens, int i, int span, double base, boolean phraseNegates,
                          Set<ValenceRule> rules) {
        double valence = base;
        if (tokens.mixedCase() && anyShouted(tokens, i, span)) {
            valence = strengthen(valence, SHOUT);
            rules.add(ValenceRule.SHOUTED);
        }
        boolean negated = phraseNegates;
        int from = Math.max(tokens.clauseStart(i), i - WINDOW);
        for (int k = i - 1; k >= from; k--) {
            double boost = Modifiers.boost(tokens.lower(), k);
            if (boost != 0) {
                double scalar = boost * DISTANCE_DECAY[i - 1 - k];
                if (tokens.mixedCase() && tokens.shouted(k)) {
                    scalar += Math.copySign(SHOUT, boost);
                }
                valence = strengthen(valence, scalar);
                rules.add(boost > 0 ? ValenceRule.INTENSIFIED : ValenceRule.DAMPENED);
            }
            if (negates(tokens, k)) {
                valence *= NEGATION;
                negated = true;
                rules.add(ValenceRule.NEGATED);
            }
        }
        if (negated && atAllFollows(tokens, i + span)) {
            valence = strengthen(valence, Modifiers.BOOST);
            rules.add(ValenceRule.INTENSIFIED);
        }
        return valence;
    }

    private static boolean anyShouted(Tokens tokens, int i, int span) {
        for (int k = i; k < i + span; k++) {
            if (tokens.shouted(k)) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code k} negates: a negator, or "least" other than in "at least" and "very least". */
    private static boolean negates(Tokens tokens, int k) {
        String word = tokens.lower(k);
        if (word.equals("least")) {
            return k == 0 || !tokens.lower(k - 1).equals("at") && !tokens.lower(k - 1).equals("very");
        }
        return Modifiers.isNegator(word);
    }

    /** "at all" or "whatsoever" within the three tokens from {@code from}, in the same clause. */
    private static boolean atAllFollows(Tokens tokens, int from) {
        if (from >= tokens.size()) {
            return false;
        }
        int limit = Math.min(tokens.clauseLimit(from), from + WINDOW);
        for (int j = from; j < limit; j++) {
            if (tokens.lower(j).equals("whatsoever")
                    || tokens.lower(j).equals("at") && j + 1 < tokens.clauseLimit(from) && tokens.lower(j + 1).equals("all")) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code amount} to the magnitude of {@code valence}; a negative amount stops at 0. */
    private static double strengthen(double valence, double amount) {
        return Math.copySign(Math.max(0, Math.abs(valence) + amount), valence);
    }

    private static double punctuationEmphasis(Tokens tokens) {
        double emphasis = Math.min(tokens.exclamations(), MAX_EXCLAMATIONS) * EXCLAMATION;
        int questions = tokens.questions();
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * QUESTION : MAX_QUESTION_EMPHASIS;
        }
        return emphasis;
    }
}
