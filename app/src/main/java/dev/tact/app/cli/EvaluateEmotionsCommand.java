package dev.tact.app.cli;

import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.Encoders;
import dev.tact.intents.classify.ProgressBar;
import dev.tact.intents.emotion.EmotionEvaluation;
import dev.tact.intents.emotion.EmotionFigures;
import dev.tact.intents.emotion.EmotionModel;
import dev.tact.intents.emotion.EmotionModels;
import dev.tact.intents.emotion.EmotionSettings;
import dev.tact.intents.emotion.GoEmotions;
import dev.tact.intents.sentiment.LexiconSentimentScorer;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code evaluate-emotions [--model-cache DIR]}: the configured emotion model (shipped, cached or trained) on the
 * bundled GoEmotions dev split: the "emotional" verdict against "has any negative label" (precision, recall, F1
 * at the model's threshold) and the top class against the gold classes.
 */
public final class EvaluateEmotionsCommand implements Command {

    @Override
    public int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out,
                   PrintStream err) {
        try {
            CommandSettings settings = CommandSettings.parse(args, environment, false);
            ProgressBar progress = new ProgressBar(err);
            EmotionModel model = EmotionModels.bundled(EmotionSettings.defaults(), settings.modelCache(), new Encoders(),
                    new LexiconSentimentScorer(), CommandSettings.emotionTrainingRows(environment))
                    .loadOrTrain(progress);
            EmotionFigures figures = EmotionEvaluation.run(model, GoEmotions.bundled().dev(), progress);
            progress.finish();
            out.println("GoEmotions dev, \"emotional\" against \"has any negative label\": " + figures);
            return 0;
        } catch (IllegalArgumentException | IntentsException e) {
            err.println("evaluate-emotions: " + e.getMessage());
            return 2;
        }
    }
}
