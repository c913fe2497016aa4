package dev.tact.intents.ambiguity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hedged, conditional and exception-making requests: "cancel it, unless it already went through", "only if the
 * rate is better", "not sure which is better", "it's complicated". Such a request is not black and white: the bot
 * cannot answer it with one intent's standard reply. A plain "but" is not a hedge ("I tried that but it still
 * fails" asks one thing); the markers are the ones that make the request itself conditional or open.
 */
public final class Hedges {

    /** Markers as regular expressions over lower-case text with apostrophes removed, matched on word boundaries. */
    static final List<String> MARKERS = List.of(
            "unless", "except", "excepting", "only if", "otherwise",
            "in which case", "if not", "or else",
            "not sure (?:if|whether|which)", "not sure\\W*$", "unsure (?:if|whether|which)",
            "dont know (?:if|whether|which)",
            "no idea (?:if|whether|which)",
            "or maybe", "or actually", "or perhaps", "maybe i should", "or should i",
            "should i (?:use|go|get|pay|choose|pick|exchange|wait|order|keep|take) (?:\\w+ ){0,5}or",
            "whichever", "which (?:one|is|would be) (?:better|cheaper|best)", "which works out",
            "its complicated", "its a bit complicated", "its complex", "long story", "it depends", "depends on");

    private static final Pattern PATTERN = Pattern.compile("\\b(?:" + String.join("|", MARKERS) + ")(?:\\b|$)");

    private Hedges() {
    }

    /** The first hedge marker in {@code text}, if any. */
    public static Optional<String> find(String text) {
        var matcher = PATTERN.matcher(normalise(text));
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^\\p{L}\\p{N}?.,!;]+", " ");
    }
}
