package dev.tact.core.decision;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicySettingsTest {

    /** The components the domain files set, not the configuration. */
    private static final Set<String> DOMAIN_RULES = Set.of("neverHuman", "intentMinConfidence", "situationPriority");
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(TACT_POLICY_[A-Z_]+)` \\| (.+?) \\| (.+) \\|$");

    @Test
    void settingsDescribeEveryConfigurableComponentInOrder() throws ReflectiveOperationException {
        List<String> configurable = Arrays.stream(PolicySettings.class.getRecordComponents())
                .map(RecordComponent::getName).filter(name -> !DOMAIN_RULES.contains(name)).toList();
        assertThat(PolicySettings.SETTINGS).extracting(PolicySetting::name).containsExactlyElementsOf(configurable);
        PolicySettings defaults = PolicySettings.defaults();
        for (PolicySetting setting : PolicySettings.SETTINGS) {
            Object component = PolicySettings.class.getMethod(setting.name()).invoke(defaults);
            assertThat(setting.valueIn(defaults)).as(setting.name()).isEqualTo(component)
                    .isEqualTo(setting.defaultValue());
        }
    }

    @Test
    void settingNamesItsVariableAndKey() {
        assertThat(PolicySettings.HUMAN_REQUEST_CONFIDENCE.environmentVariable())
                .isEqualTo("TACT_POLICY_HUMAN_REQUEST_CONFIDENCE");
        assertThat(PolicySettings.HUMAN_REQUEST_CONFIDENCE.configurationKey())
                .isEqualTo("tact.policy.human-request-confidence");
        assertThat(PolicySettings.MAX_OUT_OF_SCOPE.defaultText()).isEqualTo("0.5");
        assertThat(PolicySettings.ALWAYS_HUMAN.defaultText()).isEmpty();
    }

    @Test
    void readTakesWhatTheSourceHasAndDefaultsTheRest() {
        Map<String, String> environment = Map.of("TACT_POLICY_MIN_CONFIDENCE", " 0.55 ",
                "TACT_POLICY_MAX_CLARIFICATIONS", "2", "TACT_POLICY_ALWAYS_HUMAN", "dispute, refund",
                "TACT_POLICY_VAGUE_THRESHOLD", "");
        PolicySettings read = PolicySettings.read(setting ->
                Optional.ofNullable(environment.get(setting.environmentVariable())));
        assertThat(read.minConfidence()).isEqualTo(0.55);
        assertThat(read.maxClarifications()).isEqualTo(2);
        assertThat(read.alwaysHuman()).containsExactlyInAnyOrder("dispute", "refund");
        assertThat(read.vagueThreshold()).isEqualTo(0.5);
        assertThat(read.hedgedThreshold()).isEqualTo(0.6);
    }

    @Test
    void readOfANonNumberNamesTheVariableAndTheKey() {
        assertThatThrownBy(() -> PolicySettings.read(setting -> setting == PolicySettings.TREND_NEGATIVE_TURNS
                ? Optional.of("two") : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TACT_POLICY_TREND_NEGATIVE_TURNS")
                .hasMessageContaining("tact.policy.trend-negative-turns")
                .hasMessageContaining("'two'");
    }

    @Test
    void readmeTableIsTheSettings() throws IOException {
        List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `TACT_POLICY_"))
                .toList();
        List<String> expected = PolicySettings.SETTINGS.stream().map(PolicySettingsTest::row).toList();
        assertThat(rows).as("the TACT_POLICY_* rows of the root README.md, in the order of PolicySettings.SETTINGS")
                .containsExactlyElementsOf(expected);
        for (String row : rows) {
            Matcher cells = ROW.matcher(row);
            assertThat(cells.matches()).as(row).isTrue();
        }
    }

    /** A README row as the settings write it. */
    static String row(PolicySetting setting) {
        String value = setting.defaultText().isEmpty() ? "empty" : "`" + setting.defaultText() + "`";
        return "| `" + setting.environmentVariable() + "` | " + value + " | " + setting.description() + " |";
    }
}
