package dev.tact.app.wiring;

import dev.tact.core.decision.PolicySettings;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyConfigurationTest {

    @Test
    void readWithNothingConfiguredIsTheDefaults() {
        assertThat(PolicyConfiguration.read(new PropertySourcePropertyResolver())).isEqualTo(PolicySettings.defaults());
    }

    @Test
    void readTakesTheConfigurationKeys() {
        var properties = new PropertySourcePropertyResolver(PropertySource.of("test", Map.of(
                "tact.policy.min-confidence", "0.55", "tact.policy.max-clarifications", 2,
                "tact.policy.always-human", List.of("dispute", "refund"))));
        PolicySettings read = PolicyConfiguration.read(properties);
        assertThat(read.minConfidence()).isEqualTo(0.55);
        assertThat(read.maxClarifications()).isEqualTo(2);
        assertThat(read.alwaysHuman()).containsExactlyInAnyOrder("dispute", "refund");
        assertThat(read.repairThreshold()).isEqualTo(PolicySettings.REPAIR_THRESHOLD.defaultValue());
    }

    @Test
    void readTakesTheSameEnvironmentVariablesAsTheCommandLine() {
        var environment = new PropertySourcePropertyResolver(PropertySource.of("env", Map.of(
                "TACT_POLICY_HUMAN_REQUEST_CONFIDENCE", "0.45", "TACT_POLICY_REPAIR_THRESHOLD", "0.7",
                "TACT_POLICY_ALWAYS_HUMAN", "dispute,refund"),
                PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));
        PolicySettings read = PolicyConfiguration.read(environment);
        assertThat(read.humanRequestConfidence()).isEqualTo(0.45);
        assertThat(read.repairThreshold()).isEqualTo(0.7);
        assertThat(read.alwaysHuman()).containsExactlyInAnyOrder("dispute", "refund");
    }
}
