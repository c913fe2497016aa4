package dev.tact.intents.sentiment;

/** A heuristic that changed a token's valence from the lexicon's value, named so an agent can be told why. */
public enum ValenceRule {
    /** A negation ("not", "never", "don't", "the least" …) in the three tokens before flipped and damped it. */
    NEGATED,
    /** A booster before it ("very", "really", "so" …) or "at all" after a negated word made it stronger. */
    INTENSIFIED,
    /** A dampener before it ("slightly", "barely", "kind of" …) made it weaker. */
    DAMPENED,
    /** Written in capitals in a message that is otherwise not, which makes it stronger. */
    SHOUTED,
    /** It comes before "but"/"however", which halves its weight. */
    BEFORE_CONTRAST,
    /** It comes after "but"/"however", which gives it half as much weight again. */
    AFTER_CONTRAST,
    /** Repeated exclamation marks or question marks strengthening the whole message. */
    PUNCTUATION
}
