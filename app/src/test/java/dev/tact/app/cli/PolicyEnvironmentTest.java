package dev.tact.app.cli;

import dev.tact.app.wiring.PolicyConfiguration;
import dev.tact.core.decision.PolicySetting;
import dev.tact.core.decision.PolicySettings;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyEnvironmentTest {

    @Test
    void readOfEveryVariableGivesWhatTheServerReadsFromIt() {
        Map<String, String> environment = new HashMap<>();
        for (PolicySetting setting : PolicySettings.SETTINGS) {
            environment.put(setting.environmentVariable(), switch (setting.kind()) {
                case NUMBER -> "0.35";
                case COUNT -> "3";
                case NAME -> "intent_" + setting.name().length();
                case NAMES -> "dispute,refund";
            });
        }
        PolicySettings commandLine = PolicyEnvironment.read(environment);
        PolicySettings server = PolicyConfiguration.read(new PropertySourcePropertyResolver(PropertySource.of("env",
                Map.copyOf(environment), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE)));
        assertThat(commandLine).isEqualTo(server).isNotEqualTo(PolicySettings.defaults());
        assertThat(commandLine.minConfidence()).isEqualTo(0.35);
    }

    @Test
    void readOfNothingIsTheDefaults() {
        assertThat(PolicyEnvironment.read(Map.of("TACT_POLICY_MIN_MARGIN", " "))).isEqualTo(PolicySettings.defaults());
    }
}
