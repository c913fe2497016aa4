package dev.tact.core.analysis;

import dev.tact.core.conversation.Message;

import java.util.List;
import java.util.Objects;

/** An analyzer followed by detectors, each adding its signals to the analysis in turn. */
public final class AnalyzerPipeline implements Analyzer {

    private final Analyzer first;
    private final List<Detector> detectors;

    public AnalyzerPipeline(Analyzer first, List<Detector> detectors) {
        this.first = Objects.requireNonNull(first, "first must not be null");
        this.detectors = List.copyOf(detectors);
    }

    @Override
    public Analysis analyze(String text, List<Message> history) {
        Analysis analysis = first.analyze(text, history);
        for (Detector detector : detectors) {
            analysis = detector.detect(text, history, analysis);
        }
        return analysis;
    }
}
