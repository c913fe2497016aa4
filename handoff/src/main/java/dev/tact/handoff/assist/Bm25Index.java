package dev.tact.handoff.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over short documents (k1 = 1.2, b = 0.75), built in memory from a list of texts.
 */
public final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "can", "do", "does", "for", "from", "have", "hi", "hello", "how", "i", "if", "in", "is", "it", "its",
            "me", "my", "no", "not", "of", "on", "or", "please", "so", "that", "the", "there", "this", "to",
            "was", "we", "what", "when", "with", "you", "your", "im", "i'm");

    /** A document and how well it matched. */
    public record Hit(int document, double score) {
    }

    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    public Bm25Index(List<String> documents) {
        long total = 0;
        for (String document : documents) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> tokens = tokens(document);
            tokens.forEach(token -> counts.merge(token, 1, Integer::sum));
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            termCounts.add(counts);
            lengths.add(tokens.size());
            total += tokens.size();
        }
        averageLength = documents.isEmpty() ? 0 : (double) total / documents.size();
    }

    /** Lower-case words of two letters or more, stop words left out. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String clean = word.replace("'", "");
            if (clean.length() > 1 && !STOP_WORDS.contains(word) && !STOP_WORDS.contains(clean)) {
                tokens.add(clean);
            }
        }
        return tokens;
    }

    /** The documents that share terms with the query, best first, at most {@code limit}. */
    public List<Hit> search(String query, int limit) {
        Set<String> terms = Set.copyOf(tokens(query));
        List<Hit> hits = new ArrayList<>();
        int n = termCounts.size();
        for (int doc = 0; doc < n; doc++) {
            double score = 0;
            for (String term : terms) {
                int tf = termCounts.get(doc).getOrDefault(term, 0);
                if (tf == 0) {
                    continue;
                }
                int df = documentFrequency.get(term);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                double norm = tf + K1 * (1 - B + B * lengths.get(doc) / Math.max(averageLength, 1e-9));
                score += idf * tf * (K1 + 1) / norm;
            }
            if (score > 0) {
                hits.add(new Hit(doc, score));
            }
        }
        return hits.stream().sorted(Comparator.comparingDouble(Hit::score).reversed()).limit(limit).toList();
    }
}
