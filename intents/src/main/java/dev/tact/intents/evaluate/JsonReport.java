package dev.tact.intents.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.intents.IntentsException;
import dev.tact.intents.classify.AnswerGate;

import java.util.Locale;
import java.util.OptionalDouble;

/** Renders an {@link EvaluationReport} as one JSON object with snake_case keys. */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    static String render(EvaluationReport report) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IntentsException("could not write the report as JSON", e);
        }
    }

    static ObjectNode tree(EvaluationReport report) {
        Evaluation evaluation = report.evaluation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("mode", report.crossValidation().isPresent() ? "cross_validation" : "holdout");
        putFigures(root, evaluation.figures());
        root.put("top1_accuracy", evaluation.top1Accuracy());
        root.put("macro_f1", evaluation.macroF1());
        root.put("test_rows", evaluation.testRows());
        root.put("oos_rows", evaluation.outOfScopeRows());
        root.put("train_rows", report.trainRows());
        root.put("train_seconds", report.trainSeconds());
        root.put("classify_seconds", evaluation.classifySeconds());
        root.put("utterances_per_second", evaluation.utterancesPerSecond());
        root.set("gate", gate(evaluation.gate()));
        ArrayNode perIntent = root.putArray("per_intent");
        evaluation.perIntent().forEach(figures -> perIntent.addObject()
                .put("intent", figures.intent())
                .put("precision", figures.precision())
                .put("recall", figures.recall())
                .put("f1", figures.f1())
                .put("support", figures.support())
                .put("predicted", figures.predicted()));
        ArrayNode confusions = root.putArray("confusions");
        evaluation.confusions().forEach(confusion -> confusions.addObject()
                .put("gold", confusion.gold())
                .put("predicted", confusion.predicted())
                .put("count", confusion.count()));
        ArrayNode sweep = root.putArray("sweep");
        evaluation.sweep().forEach(point -> putFigures(sweep.addObject().put("min_confidence", point.minConfidence()),
                point));
        report.calibration().ifPresent(calibration -> root.set("calibration", calibration(calibration)));
        report.crossValidation().ifPresent(result -> root.set("folds", folds(result)));
        return root;
    }

    private static void putFigures(ObjectNode node, GateFigures figures) {
        node.put("accuracy", figures.accuracy());
        node.put("answered_share", figures.answeredShare());
        putOptional(node, "accuracy_of_answered", figures.accuracyOfAnswered());
        node.put("in_scope_accuracy", figures.inScopeAccuracy());
        putOptional(node, "oos_recall", figures.oosRecall());
    }

    private static void putOptional(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }

    private static ObjectNode gate(AnswerGate gate) {
        return MAPPER.createObjectNode()
                .put("min_confidence", gate.minConfidence())
                .put("min_margin", gate.minMargin())
                .put("max_out_of_scope", gate.maxOutOfScope());
    }

    private static ObjectNode calibration(Calibration calibration) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("on", "validation")
                .put("validation_rows", calibration.validation().rows())
                .put("target_oos_recall", calibration.targetOosRecall())
                .put("basis", calibration.basis().name().toLowerCase(Locale.ROOT))
                .put("objective", calibration.basis().description());
        node.set("gate", gate(calibration.gate()));
        putFigures(node.putObject("validation"), calibration.validation());
        return node;
    }

    private static ObjectNode folds(CrossValidationResult result) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("k", result.k())
                .put("seed", result.seed())
                .put("accuracy_mean", result.meanAccuracy())
                .put("accuracy_stddev", result.stddevAccuracy());
        ArrayNode perFold = node.putArray("per_fold");
        result.folds().forEach(fold -> {
            ObjectNode item = perFold.addObject()
                    .put("fold", fold.fold())
                    .put("train_rows", fold.trainRows())
                    .put("test_rows", fold.testRows())
                    .put("train_seconds", fold.trainSeconds())
                    .put("macro_f1", fold.macroF1());
            putFigures(item, fold.figures());
        });
        return node;
    }
}
