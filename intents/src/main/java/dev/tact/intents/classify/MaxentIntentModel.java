package dev.tact.intents.classify;

import dev.tact.intents.IntentsException;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * OpenNLP's maxent document categorizer over {@link TextFeatures} tokens with word unigrams, word n-grams and
 * character n-grams ({@link CharNGramFeatureGenerator}).
 */
public final class MaxentIntentModel {

    static {
        // OpenNLP re-creates feature generators by class name only from packages it was told to trust
        ExtensionLoader.registerAllowedPackage(CharNGramFeatureGenerator.class.getPackageName());
    }

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;

    private MaxentIntentModel(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
    }

    public static MaxentIntentModel train(List<LabeledText> samples, ClassifierSettings settings) {
        List<DocumentSample> documents = samples.stream()
                .map(sample -> new DocumentSample(sample.label(), TextFeatures.tokens(sample.text())))
                .toList();
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.maxentIterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.maxentCutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(),
                    new CharNGramFeatureGenerator()};
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(documents), parameters,
                    new DoccatFactory(features));
            return new MaxentIntentModel(model);
        } catch (IOException e) {
            throw new IntentsException("maxent training failed", e);
        }
    }

    public static MaxentIntentModel read(InputStream in) throws IOException {
        return new MaxentIntentModel(new DoccatModel(in));
    }

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** The probabilities of each of {@code labels} (in that order; 0 for a label the model never saw). */
    public double[] probabilities(String text, List<String> labels) {
        double[] raw = categorizer.categorize(TextFeatures.tokens(text));
        double[] aligned = new double[labels.size()];
        for (int i = 0; i < raw.length; i++) {
            int index = labels.indexOf(categorizer.getCategory(i));
            if (index >= 0) {
                aligned[index] = raw[i];
            }
        }
        return aligned;
    }
}
