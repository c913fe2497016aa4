package dev.tact.app.wiring;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.conversation.Message;

import java.util.List;

/**
 * The analyzer of the application: the one {@link IntentModelLoader} builds in the background, waited for if the
 * first message comes before the models are ready.
 */
final class ModelWaitingAnalyzer implements Analyzer {

    private final IntentModelLoader loader;

    ModelWaitingAnalyzer(IntentModelLoader loader) {
        this.loader = loader;
    }

    @Override
    public Analysis analyze(String text, List<Message> history) {
        return loader.analyzer().analyze(text, history);
    }
}
