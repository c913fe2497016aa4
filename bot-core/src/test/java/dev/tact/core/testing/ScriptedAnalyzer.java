package dev.tact.core.testing;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.analysis.IntentScore;
import dev.tact.core.conversation.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An analyzer for tests that returns the analysis scripted for each exact text (no intent otherwise). */
public final class ScriptedAnalyzer implements Analyzer {

    private final Map<String, Analysis> script = new HashMap<>();
    private final List<String> seen = new ArrayList<>();

    public ScriptedAnalyzer on(String text, String intent, double probability) {
        return on(text, analysis(intent, probability, 0));
    }

    public ScriptedAnalyzer on(String text, Analysis analysis) {
        script.put(text, analysis);
        return this;
    }

    public static Analysis analysis(String intent, double probability, double sentiment) {
        return new Analysis(List.of(new IntentScore(intent, probability)), 0, sentiment, Map.of(), Map.of(),
                "scripted");
    }

    @Override
    public synchronized Analysis analyze(String text, List<Message> history) {
        seen.add(text);
        return script.getOrDefault(text, new Analysis(List.of(), 1, 0, Map.of(), Map.of(), "scripted"));
    }

    /** The texts analysed so far, in order. */
    public synchronized List<String> seen() {
        return List.copyOf(seen);
    }
}
