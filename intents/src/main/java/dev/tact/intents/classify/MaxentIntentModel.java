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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
        // one thread: GIS sums the threads' partial expectations, so another thread count gives another model
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
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

    /**
     * Writes the model so that the same model always gives the same bytes: OpenNLP stamps each zip entry, the
     * manifest's comment line and its {@code Timestamp} entry with the current time; here every entry is dated
     * {@link #EPOCH}, the comment is dropped and the timestamp is 0.
     */
    public void write(OutputStream out) throws IOException {
        var serialized = new ByteArrayOutputStream();
        model.serialize(serialized);
        var zip = new ZipOutputStream(out);
        try (var in = new ZipInputStream(new ByteArrayInputStream(serialized.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().endsWith(".properties")) {
                    data = withoutDates(data);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(EPOCH);
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** 1 January 2000, the date every entry of a written model carries. */
    private static final long EPOCH = 946_684_800_000L;

    private static byte[] withoutDates(byte[] properties) {
        String text = new String(properties, StandardCharsets.ISO_8859_1);
        return text.lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.startsWith("Timestamp=") ? "Timestamp=0" : line).map(line -> line + "\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.ISO_8859_1);
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
