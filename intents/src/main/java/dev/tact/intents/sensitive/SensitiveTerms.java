package dev.tact.intents.sensitive;

import dev.tact.intents.IntentsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Curated phrases that on their own say a message is about a sensitive situation ("passed away", "bailiffs",
 * "coercive control"), by situation. A phrase matches as whole words, case-insensitively, apostrophes ignored
 * ("can't pay" is written and matched as "cant pay"). The bundled list is {@code sensitive/terms.yml}.
 */
public final class SensitiveTerms {

    private static final String BUNDLED = "/sensitive/terms.yml";

    private final Map<String, List<String>> phrases;

    public SensitiveTerms(Map<String, List<String>> phrases) {
        Objects.requireNonNull(phrases, "phrases must not be null");
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        phrases.forEach((situation, list) -> normalised.put(situation,
                list.stream().map(SensitiveTerms::normalise).filter(p -> !p.isBlank()).distinct().toList()));
        this.phrases = Map.copyOf(normalised);
    }

    /** The bundled curated list. */
    public static SensitiveTerms bundled() {
        try (InputStream in = SensitiveTerms.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IntentsException(BUNDLED + " is missing from the class path");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IntentsException(BUNDLED + " must map each situation to a list of phrases");
            }
            Map<String, List<String>> phrases = new LinkedHashMap<>();
            map.forEach((situation, list) -> {
                if (!(list instanceof List<?> items)) {
                    throw new IntentsException(BUNDLED + ": '" + situation + "' must be a list of phrases");
                }
                phrases.put(String.valueOf(situation), items.stream().map(String::valueOf).toList());
            });
            return new SensitiveTerms(phrases);
        } catch (IOException e) {
            throw new IntentsException("cannot read " + BUNDLED, e);
        }
    }

    /** The situations with at least one phrase in {@code text}, in a stable order. */
    public Set<String> situationsIn(String text) {
        String padded = normalise(text);
        Set<String> found = new TreeSet<>();
        phrases.forEach((situation, list) -> {
            for (String phrase : list) {
                if (padded.contains(phrase)) {
                    found.add(situation);
                    return;
                }
            }
        });
        return found;
    }

    /** The situations this list knows. */
    public Set<String> situations() {
        return new TreeSet<>(phrases.keySet());
    }

    /** Lower case, apostrophes dropped, every run of other non-letters a single space, padded with spaces. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
