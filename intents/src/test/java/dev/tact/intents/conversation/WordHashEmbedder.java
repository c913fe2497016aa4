package dev.tact.intents.conversation;

import dev.tact.intents.classify.SentenceEmbedder;

import java.util.Locale;

/** A test embedder with no model: each word adds 1 at a position given by its hash, so tests need no ONNX. */
final class WordHashEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 64;

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        return vector;
    }

    @Override
    public String id() {
        return "word-hash-test";
    }
}
