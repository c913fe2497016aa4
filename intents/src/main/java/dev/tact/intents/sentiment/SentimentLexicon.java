package dev.tact.intents.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The valence of words, phrases, emoticons and emoji on VADER's scale (−4 most negative .. +4 most positive),
 * from the lexicons bundled under {@code lexicons/} (attribution and licences in {@code lexicons/README.md}):
 * <ol>
 *   <li>AFINN-165 words and phrases and AFINN's emoticons, whose integer scores (−5..+5) are multiplied by
 *       {@value #AFINN_SCALE} to fit VADER's range;</li>
 *   <li>VADER's lexicon, which replaces AFINN wherever both have a token: its valences are the mean of ten
 *       human ratings on a finer scale, so VADER is preferred rather than averaged;</li>
 *   <li>Tact's own {@code tact/tact_lexicon.txt}, which replaces both: customer-care idioms ("no problem",
 *       "never again"), request words and banking terms that carry no feeling here ("please", "help",
 *       "top up", "I'd like"), and emoji description words the two lexicons miss ("pouting").</li>
 * </ol>
 * An emoji's valence is that of the words of its description in VADER's emoji list (😊 "smiling face with
 * smiling eyes"): the sum of its words' and phrases' valences, limited to ±4. Where a file repeats a token the
 * later line wins. Immutable and thread-safe; {@link #bundled()} loads the files once per class loader.
 */
public final class SentimentLexicon {

    static final double AFINN_SCALE = 0.8;
    static final double MAX_VALENCE = 4;

    private static final String DIR = "lexicons/";
    private static final Pattern DESCRIPTION_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final Map<String, Double> tokens = new HashMap<>();
    private final Map<String, Phrase[]> phrasesByFirstWord;
    private final EmojiTable emoji;

    private SentimentLexicon(Map<String, Double> entries, Map<String, String> emojiDescriptions) {
        Map<String, List<Phrase>> phrases = new HashMap<>();
        entries.forEach((token, valence) -> {
            if (token.indexOf(' ') < 0) {
                tokens.put(token, valence);
            } else {
                String[] words = token.toLowerCase(Locale.ROOT).trim().split(" +");
                phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, valence));
            }
        });
        phrasesByFirstWord = new HashMap<>();
        phrases.forEach((first, list) -> phrasesByFirstWord.put(first, list.stream()
                .sorted(Comparator.comparingInt(Phrase::length).reversed()).toArray(Phrase[]::new)));
        emojiDescriptions.forEach((e, description) -> {
            double valence = describedValence(description);
            if (valence != 0) {
                tokens.putIfAbsent(e, valence);
            }
        });
        emoji = new EmojiTable(emojiDescriptions.keySet());
    }

    /** The lexicons shipped with Tact, loaded on first use. */
    public static SentimentLexicon bundled() {
        return Bundled.LEXICON;
    }

    /** Loads the lexicons from {@code lexicons/} on the given class loader's classpath. */
    public static SentimentLexicon load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader must not be null");
        LexiconReader reader = new LexiconReader(loader);
        Map<String, Double> entries = new HashMap<>();
        reader.readScores(DIR + "afinn/AFINN-en-165.txt", false, (t, v) -> entries.put(t, v * AFINN_SCALE));
        reader.readScores(DIR + "afinn/AFINN-emoticon-8.txt", false, (t, v) -> entries.put(t, v * AFINN_SCALE));
        reader.readScores(DIR + "vader/vader_lexicon.txt", false, entries::put);
        reader.readScores(DIR + "tact/tact_lexicon.txt", true, entries::put);
        Map<String, String> emojiDescriptions = new LinkedHashMap<>();
        reader.readTexts(DIR + "vader/emoji_utf8_lexicon.txt", emojiDescriptions::put);
        return new SentimentLexicon(entries, emojiDescriptions);
    }

    /**
     * The valence of a word, emoticon, emoji or phrase (words separated by single spaces), looked up as written
     * and then in lower case; empty when the lexicon does not have it.
     */
    public OptionalDouble valence(String token) {
        Objects.requireNonNull(token, "token must not be null");
        String lower = token.toLowerCase(Locale.ROOT);
        Double valence = tokens.containsKey(token) ? tokens.get(token) : tokens.get(lower);
        if (valence != null) {
            return OptionalDouble.of(valence);
        }
        String[] words = lower.split(" ");
        Phrase phrase = longestPhrase(words, 0, words.length);
        return phrase.length() == words.length ? OptionalDouble.of(phrase.valence()) : OptionalDouble.empty();
    }

    /** How many words, emoticons, emoji with a non-zero valence and phrases the lexicon holds. */
    public int size() {
        return tokens.size() + phrasesByFirstWord.values().stream().mapToInt(p -> p.length).sum();
    }

    /** A single token's valence, as written or else in lower case; 0 when the lexicon does not have it. */
    double valence(String raw, String lower) {
        Double valence = tokens.get(raw);
        if (valence == null && lower != raw) { // toLowerCase returns the same string when nothing changes
            valence = tokens.get(lower);
        }
        return valence == null ? 0 : valence;
    }

    /** The longest phrase made of {@code lower[start..end)} from {@code start} on, or {@link Phrase#NONE}. */
    Phrase longestPhrase(String[] lower, int start, int end) {
        Phrase[] candidates = phrasesByFirstWord.get(lower[start]);
        if (candidates != null) {
            for (Phrase candidate : candidates) {
                if (candidate.matches(lower, start, end)) {
                    return candidate;
                }
            }
        }
        return Phrase.NONE;
    }

    /** The length in chars of the emoji at {@code text[offset..]}, 0 if none starts there. */
    int emojiAt(String text, int offset) {
        return emoji.match(text, offset);
    }

    private double describedValence(String description) {
        String[] words = DESCRIPTION_SEPARATOR.split(description.toLowerCase(Locale.ROOT).trim());
        double sum = 0;
        for (int i = 0; i < words.length; ) {
            Phrase phrase = longestPhrase(words, i, words.length);
            if (phrase.length() > 0) {
                sum += phrase.valence();
                i += phrase.length();
            } else {
                sum += valence(words[i], words[i]);
                i++;
            }
        }
        return Math.max(-MAX_VALENCE, Math.min(MAX_VALENCE, sum));
    }

    private static final class Bundled {
        static final SentimentLexicon LEXICON = load(SentimentLexicon.class.getClassLoader());
    }
}
