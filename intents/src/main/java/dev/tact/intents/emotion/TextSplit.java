package dev.tact.intents.emotion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two disjoint parts of labelled rows, split by distinct text so that no text is in both: a row given several
 * times (the customer-care rows are counted {@value GoEmotions#CUSTOMER_CARE_WEIGHT} times; GoEmotions repeats a
 * hundred texts) goes to one part with all its copies. The held-out part keeps each text once, so it measures as
 * an unseen data set would; the rest keeps the copies, which weigh in training.
 *
 * @param rest    indexes of the rows outside the held-out texts, copies included, in input order
 * @param heldOut indexes of one row per held-out text, in input order
 */
record TextSplit(List<Integer> rest, List<Integer> heldOut) {

    TextSplit {
        rest = List.copyOf(rest);
        heldOut = List.copyOf(heldOut);
    }

    /** Holds out {@code share} of the distinct texts of {@code samples}, drawn with {@code seed}. */
    static TextSplit of(List<EmotionSample> samples, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in (0, 1), was " + share);
        }
        Map<String, List<Integer>> rowsByText = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            rowsByText.computeIfAbsent(samples.get(i).text(), text -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(rowsByText.values());
        Collections.shuffle(groups, new Random(seed));
        int held = (int) Math.round(groups.size() * share);
        List<Integer> heldOut = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (g < held) {
                heldOut.add(groups.get(g).get(0));
            } else {
                rest.addAll(groups.get(g));
            }
        }
        Collections.sort(heldOut);
        Collections.sort(rest);
        return new TextSplit(rest, heldOut);
    }

    /** The rows at {@code indexes}. */
    static List<EmotionSample> rows(List<EmotionSample> samples, List<Integer> indexes) {
        return indexes.stream().map(samples::get).toList();
    }
}
