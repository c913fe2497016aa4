package dev.tact.intents.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.intents.classify.AnswerGate;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static dev.tact.intents.evaluate.Fixtures.prediction;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReportTest {

    private static final AnswerGate GATE = new AnswerGate(0.5, 0, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Fixtures.Rows rows = Fixtures.tenRows();
    private final Evaluation evaluation = new Evaluator().evaluate(rows.classifier(), rows.rows, GATE);
    private final EvaluationReport report = EvaluationReport.holdout(evaluation, 40, 1.25, Optional.empty());

    static Document parseSvg(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        JsonNode json = MAPPER.readTree(report.json());
        assertThat(json.isObject()).isTrue();
        assertThat(json.fieldNames()).toIterable().contains("accuracy", "macro_f1", "in_scope_accuracy", "oos_recall",
                "top1_accuracy", "answered_share", "accuracy_of_answered", "train_seconds", "utterances_per_second",
                "test_rows", "per_intent", "confusions", "sweep", "gate");
        assertThat(json.has("calibration")).isFalse();
        assertThat(json.has("folds")).isFalse();
        assertThat(json.get("accuracy").asDouble()).isEqualTo(0.6);
        assertThat(json.get("test_rows").asInt()).isEqualTo(10);
        assertThat(json.get("train_seconds").asDouble()).isEqualTo(1.25);
        assertThat(json.get("gate").get("min_confidence").asDouble()).isEqualTo(0.5);
        assertThat(json.get("per_intent")).hasSize(3);
        assertThat(json.get("per_intent").get(0).fieldNames()).toIterable()
                .containsExactly("intent", "precision", "recall", "f1", "support", "predicted");
        assertThat(json.get("confusions").get(0).get("gold").asText()).isEqualTo("a");
        assertThat(json.get("sweep")).hasSize(20);
        assertThat(json.get("sweep").get(19).get("accuracy_of_answered").isNull()).isTrue();
    }

    @Test
    void jsonOosRecallIsNullWithoutOosRows() throws Exception {
        Fixtures.Rows inScope = new Fixtures.Rows().add("x", "a", prediction(0, "a", 0.9));
        Evaluation result = new Evaluator().evaluate(inScope.classifier(), inScope.rows, GATE);
        JsonNode json = MAPPER.readTree(EvaluationReport.holdout(result, 1, 0, Optional.empty()).json());
        assertThat(json.has("oos_recall")).isTrue();
        assertThat(json.get("oos_recall").isNull()).isTrue();
    }

    @Test
    void jsonCarriesCalibrationAndFoldsWhenDone() throws Exception {
        Calibration calibration = new ThresholdCalibration().calibrate(rows.predictions(), GATE);
        JsonNode calibrated = MAPPER.readTree(EvaluationReport.holdout(evaluation, 40, 1, Optional.of(calibration))
                .json());
        assertThat(calibrated.get("calibration").fieldNames()).toIterable()
                .contains("validation_rows", "target_oos_recall", "objective", "gate", "validation");
        CrossValidationResult result = new CrossValidation(CrossValidationTest.PREFIX_TRAINER, new Evaluator(), 3, 5)
                .run(CrossValidationTest.rows(), GATE, (stage, done, total) -> { });
        JsonNode folds = MAPPER.readTree(EvaluationReport.of(result, 18).json());
        assertThat(folds.get("mode").asText()).isEqualTo("cross_validation");
        assertThat(folds.get("folds").get("k").asInt()).isEqualTo(3);
        assertThat(folds.get("folds").get("per_fold")).hasSize(3);
        assertThat(folds.get("folds").get("per_fold").get(0).has("train_seconds")).isTrue();
        assertThat(folds.get("folds").has("accuracy_stddev")).isTrue();
    }

    @Test
    void textHasSummaryTablesAndSweep() {
        String text = report.text();
        assertThat(text).contains("accuracy              0.600", "in-scope accuracy     0.571",
                "oos recall            0.667", "top-1 accuracy        0.714", "Per intent (F1 ascending",
                "Worst confusions", "a -> oos (not answered)", "Threshold sweep", "*   0.50");
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("  intent")).findFirst()
                .orElseThrow());
        // F1 ascending: a and b (4/7) before oos (2/3)
        assertThat(lines.get(header + 1)).startsWith("  a ");
        assertThat(lines.get(header + 3)).startsWith("  oos ");
    }

    @Test
    void textSaysWhenTheGateWasCalibrated() {
        Calibration calibration = new ThresholdCalibration().calibrate(rows.predictions(), GATE);
        assertThat(EvaluationReport.holdout(evaluation, 40, 1, Optional.of(calibration)).text())
                .contains("calibrated on the validation set");
    }

    @Test
    void svgIsWellFormedWithAxesAndLegend() throws Exception {
        Document svg = parseSvg(report.svg());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("answered share", "accuracy of answered", "in-scope accuracy", "oos recall",
                "minimum confidence", "0.5", "1.0", "gate 0.50");
        // accuracy of answered has no value at 0.95, so its line ends before it; every series has 20 or 19 points
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(4);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(20 + 19 + 20 + 20);
    }

    @Test
    void svgLeavesOutOosSeriesWithoutOosRows() throws Exception {
        Fixtures.Rows inScope = new Fixtures.Rows().add("x", "a", prediction(0, "a", 0.9));
        Evaluation result = new Evaluator().evaluate(inScope.classifier(), inScope.rows, GATE);
        Document svg = parseSvg(EvaluationReport.holdout(result, 1, 0, Optional.empty()).svg());
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(svg.getDocumentElement().getTextContent()).doesNotContain("oos recall");
    }
}
