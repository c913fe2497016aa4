package dev.tact.app.cli;

import dev.tact.core.decision.PolicySetting;
import dev.tact.core.decision.PolicySettings;

import java.util.Map;
import java.util.Optional;

/**
 * The handoff settings of the command line ({@code analyze}, {@code simulate}) from the same {@code TACT_POLICY_*}
 * variables as the server: each {@link PolicySetting} from its {@link PolicySetting#environmentVariable()}; unset
 * or blank ones keep their default.
 */
final class PolicyEnvironment {

    private PolicyEnvironment() {
    }

    static PolicySettings read(Map<String, String> environment) {
        return PolicySettings.read(setting -> Optional.ofNullable(environment.get(setting.environmentVariable())));
    }
}
