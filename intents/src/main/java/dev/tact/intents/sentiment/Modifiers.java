package dev.tact.intents.sentiment;

import java.util.Set;

/** The words that change the valence of the words after them: negations, boosters and dampeners. */
final class Modifiers {

    /** How much a booster adds to (or a dampener takes from) the magnitude of the word it modifies. */
    static final double BOOST = 0.293;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "nowhere", "neither", "nor", "cannot", "without", "rarely", "seldom",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wouldnt",
            "shouldnt", "wont", "aint", "havent", "hasnt", "hadnt", "neednt", "mustnt", "mightnt", "shant");

    private static final Set<String> BOOSTERS = Set.of("absolutely", "amazingly", "awfully", "completely",
            "considerably", "decidedly", "deeply", "enormously", "entirely", "especially", "exceptionally",
            "extremely", "fabulously", "fully", "greatly", "highly", "hugely", "incredibly", "intensely",
            "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
            "substantially", "thoroughly", "totally", "tremendously", "truly", "uber", "unbelievably",
            "unusually", "utterly", "very", "super", "seriously", "such", "too", "fucking", "freaking",
            "frigging", "damn");

    private static final Set<String> DAMPENERS = Set.of("almost", "barely", "hardly", "kinda", "kindof",
            "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat",
            "sorta", "sortof", "fairly");

    private Modifiers() {
    }

    /** Whether the lower-case token negates what follows: "not", "never", "no", any "…n't" form and more. */
    static boolean isNegator(String lower) {
        return NEGATORS.contains(lower) || lower.endsWith("n't");
    }

    /**
     * What the modifier ending at {@code lower[at]} adds to the magnitude of a word after it: +{@value #BOOST}
     * for a booster, −{@value #BOOST} for a dampener ("slightly", "kind of", "a bit"), 0 for other words.
     */
    static double boost(String[] lower, int at) {
        String word = lower[at];
        if (BOOSTERS.contains(word)) {
            return BOOST;
        }
        if (DAMPENERS.contains(word)) {
            return -BOOST;
        }
        return at > 0 && isDampenerPair(lower[at - 1], word) ? -BOOST : 0;
    }

    /** "kind of", "sort of", "a bit", "little bit". */
    private static boolean isDampenerPair(String first, String second) {
        return switch (second) {
            case "of" -> first.equals("kind") || first.equals("sort");
            case "bit" -> first.equals("a") || first.equals("little");
            default -> false;
        };
    }

    /** Whether the lower-case token turns what follows against what came before ("but", "however"). */
    static boolean isContrast(String lower) {
        return lower.equals("but") || lower.equals("however");
    }
}
