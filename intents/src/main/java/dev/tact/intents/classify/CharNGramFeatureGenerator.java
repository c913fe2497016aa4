package dev.tact.intents.classify;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Character 3- to 5-grams of each word, with word-boundary marks ({@code "card"} gives {@code "<ca", "car",
 * "ard", "rd>", "<car", …}): robust to typos and inflections in short messages. Negation-marked tokens are
 * skipped (the word n-grams carry them). OpenNLP re-creates it by class name when a model is loaded, so it keeps
 * a public no-argument constructor and fixed sizes.
 */
public class CharNGramFeatureGenerator implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String token : text) {
            if (token.startsWith("NOT_") || token.length() < 2) {
                continue;
            }
            String word = '<' + token + '>';
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    features.add("c=" + word.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
