package dev.tact.bench;

import dev.tact.intents.classify.LabeledText;
import dev.tact.intents.domain.Domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Customer messages for the benchmarks: 2,000 distinct examples of a domain in a fixed random order, each use after
 * the first round made new by a counter suffix, so that no embedding ever comes from the encoder's cache.
 */
final class FreshTexts {

    private static final int COUNT = 2000;

    private final List<String> texts;
    private int next;
    private long round;

    FreshTexts(Domain domain) {
        List<String> all = new ArrayList<>(domain.samples().stream().map(LabeledText::text).distinct().toList());
        Collections.shuffle(all, new Random(11));
        texts = all.subList(0, COUNT);
    }

    /** The next text, never handed out before. */
    String next() {
        if (next == texts.size()) {
            next = 0;
            round++;
        }
        String text = texts.get(next++);
        return round == 0 ? text : text + " " + round;
    }
}
