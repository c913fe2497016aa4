package dev.tact.intents.ambiguity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into the clauses that may each ask for something: at sentence ends and semicolons, before
 * the conjunctions that join requests ("and also", "also", "plus", "as well as", "and then", ", and", "but"), and
 * at a comma followed by a question or request ("my card was stolen, can I talk to someone").
 * Each clause knows whether it is a request: a question, or a clause that starts like one ("how", "can I", "I want",
 * "please"…), or one joined by a conjunction to a request before it ("I want to change my PIN and also top up").
 * A statement on its own ("My card came today. How do I activate it?") gives context, not a second request.
 */
public final class Clauses {

    private static final Pattern SPLIT = Pattern.compile(
            "[.?!;]+\\s*|\\s*,\\s*(?:and|but|plus|also)\\b\\s*|\\s+(?:and also|also|plus|as well as|and then|but)\\s+"
                    + "|\\s*,\\s*(?=(?:can|could|how|what|why|where|when|please|is there|i want|i need|i'd like)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^(?:(?:and|also|but|plus|so|then|ok|okay)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile("^(?:how|what|whats|why|when|where|which|who|can|could|"
            + "would|will|do|does|did|is|are|should|may|might|please|pls|tell me|help me|let me|i want|i wanna|"
            + "i need|i would like|i'd like|id like|i'm trying|im trying|is there|are there)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Clauses of at least this many words are classified on their own. */
    static final int MIN_WORDS = 2;

    /**
     * One clause.
     *
     * @param text    the clause without its joining word
     * @param request whether it asks for something (see the class comment)
     */
    public record Clause(String text, boolean request) {
    }

    private Clauses() {
    }

    /** The texts of the clauses of {@code text} with at least {@value #MIN_WORDS} words, in order. */
    public static List<String> of(String text) {
        return split(text).stream().map(Clause::text).toList();
    }

    /** The clauses of {@code text} with at least {@value #MIN_WORDS} words, in order. */
    public static List<Clause> split(String text) {
        List<Clause> clauses = new ArrayList<>();
        Matcher matcher = SPLIT.matcher(text);
        int start = 0;
        boolean joined = false;
        boolean previousRequest = false;
        while (start <= text.length()) {
            boolean found = matcher.find();
            int end = found ? matcher.start() : text.length();
            String separator = found ? matcher.group() : "";
            String raw = text.substring(start, end).strip();
            String clause = LEADING.matcher(raw).replaceFirst("");
            joined |= clause.length() < raw.length() && !raw.regionMatches(true, 0, "ok", 0, 2);
            boolean question = separator.contains("?");
            if (clause.split("\\s+").length >= MIN_WORDS) {
                boolean request = question || REQUEST.matcher(clause).find() || (joined && previousRequest);
                clauses.add(new Clause(clause, request));
                previousRequest = request;
            }
            joined = found && !separator.matches("[.?!;]+\\s*");
            if (!found) {
                break;
            }
            start = matcher.end();
        }
        return clauses;
    }
}
