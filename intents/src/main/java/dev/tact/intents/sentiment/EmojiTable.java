package dev.tact.intents.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the emoji of VADER's emoji list in text, longest first (so that "👍🏽" wins over "👍"), without
 * allocating: the candidates are grouped by their first code point, which is found by binary search.
 */
final class EmojiTable {

    private final int[] firstCodePoints;
    private final String[][] candidates;

    EmojiTable(Collection<String> emoji) {
        TreeMap<Integer, List<String>> byFirst = new TreeMap<>();
        for (String e : emoji) {
            if (!e.isEmpty()) {
                byFirst.computeIfAbsent(e.codePointAt(0), k -> new ArrayList<>()).add(e);
            }
        }
        firstCodePoints = new int[byFirst.size()];
        candidates = new String[byFirst.size()][];
        int i = 0;
        for (var entry : byFirst.entrySet()) {
            firstCodePoints[i] = entry.getKey();
            candidates[i] = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new);
            i++;
        }
    }

    /** The length in chars of the longest emoji at {@code text[offset..]}, 0 if there is none. */
    int match(String text, int offset) {
        int at = Arrays.binarySearch(firstCodePoints, text.codePointAt(offset));
        if (at < 0) {
            return 0;
        }
        for (String candidate : candidates[at]) {
            if (text.startsWith(candidate, offset)) {
                return candidate.length();
            }
        }
        return 0;
    }
}
