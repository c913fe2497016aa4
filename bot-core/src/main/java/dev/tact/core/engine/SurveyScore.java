package dev.tact.core.engine;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads an answer to the 1-5 satisfaction question: a lone digit, maybe with a full stop or an exclamation. */
public final class SurveyScore {

    private static final Pattern SCORE = Pattern.compile("\\s*([1-5])\\s*[.!]?\\s*");

    private SurveyScore() {
    }

    public static OptionalInt parse(String text) {
        var matcher = SCORE.matcher(text);
        return matcher.matches() ? OptionalInt.of(matcher.group(1).charAt(0) - '0') : OptionalInt.empty();
    }
}
