package dev.tact.app.wiring;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.conversation.Message;
import dev.tact.intents.runtime.IntentAnalyzer;
import dev.tact.intents.sentiment.SentimentScorer;

import java.util.List;

/**
 * The intent analyzer of the application: built on the first message from the model {@link IntentModelLoader}
 * loads in the background, waiting for it if that message comes before the model is ready.
 */
final class ModelWaitingAnalyzer implements Analyzer {

    private final IntentModelLoader loader;
    private final SentimentScorer sentiment;
    private final String name;
    private volatile IntentAnalyzer ready;

    ModelWaitingAnalyzer(IntentModelLoader loader, SentimentScorer sentiment, String name) {
        this.loader = loader;
        this.sentiment = sentiment;
        this.name = name;
    }

    @Override
    public Analysis analyze(String text, List<Message> history) {
        IntentAnalyzer analyzer = ready;
        if (analyzer == null) {
            analyzer = new IntentAnalyzer(loader.classifier(), sentiment, name);
            ready = analyzer;
        }
        return analyzer.analyze(text, history);
    }
}
