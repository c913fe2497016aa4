package dev.tact.app.cli;

import dev.tact.core.decision.PolicySettings;
import dev.tact.intents.classify.ClassifierSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandSettingsTest {

    @Test
    void parseReadsTheServersVariablesAndTheOptionsOverrideThem() {
        var environment = Map.of("TACT_DOMAIN", "shop", "TACT_INTENTS_MODE", "opennlp-only",
                "TACT_MODEL_CACHE", "/tmp/models", "TACT_POLICY_MIN_MARGIN", "0.2");
        CommandSettings fromEnvironment = CommandSettings.parse(new String[0], environment, false);
        assertThat(fromEnvironment.domain()).isEqualTo("shop");
        assertThat(fromEnvironment.classifier().mode()).isEqualTo(ClassifierSettings.Mode.OPENNLP_ONLY);
        assertThat(fromEnvironment.modelCache()).isEqualTo(Path.of("/tmp/models"));
        assertThat(fromEnvironment.gate().minMargin()).isEqualTo(0.2);

        CommandSettings overridden = CommandSettings.parse(new String[] {"--domain", "banking", "--mode", "ENSEMBLE",
                "--min-confidence", "0.7", "--json"}, environment, true);
        assertThat(overridden.domain()).isEqualTo("banking");
        assertThat(overridden.classifier().mode()).isEqualTo(ClassifierSettings.Mode.ENSEMBLE);
        assertThat(overridden.gate().minConfidence()).isEqualTo(0.7);
        assertThat(overridden.policy().minConfidence()).isEqualTo(0.7);
        assertThat(overridden.policy().minMargin()).isEqualTo(0.2);
        assertThat(overridden.rest()).containsExactly("--json");
    }

    @Test
    void parseWithoutVariablesOrOptionsKeepsTheDefaults() {
        CommandSettings settings = CommandSettings.parse(new String[0], Map.of(), false);
        assertThat(settings.domain()).isEqualTo("banking");
        assertThat(settings.modelCache()).isEqualTo(Path.of("./data/models"));
        assertThat(settings.policy()).isEqualTo(PolicySettings.defaults());
    }

    @Test
    void parseRejectsUnknownOptionsMissingValuesAndThresholdsOutOfRange() {
        assertThatThrownBy(() -> CommandSettings.parse(new String[] {"--json"}, Map.of(), false))
                .hasMessage("unknown option --json");
        assertThatThrownBy(() -> CommandSettings.parse(new String[] {"--domain"}, Map.of(), true))
                .hasMessage("--domain needs a value");
        assertThatThrownBy(() -> CommandSettings.parse(new String[] {"--min-margin", "1.5"}, Map.of(), true))
                .hasMessageContaining("--min-margin must be a number within 0..1");
        assertThatThrownBy(() -> CommandSettings.parse(new String[] {"--mode", "FAST"}, Map.of(), true))
                .hasMessageContaining("unknown mode FAST");
    }

    @Test
    void emotionTrainingRowsIsAWholeNumberOrZero() {
        assertThat(CommandSettings.emotionTrainingRows(Map.of())).isZero();
        assertThat(CommandSettings.emotionTrainingRows(Map.of("TACT_EMOTION_TRAINING_ROWS", " 500 "))).isEqualTo(500);
        assertThatThrownBy(() -> CommandSettings.emotionTrainingRows(Map.of("TACT_EMOTION_TRAINING_ROWS", "many")))
                .hasMessageContaining("must be a whole number");
    }
}
