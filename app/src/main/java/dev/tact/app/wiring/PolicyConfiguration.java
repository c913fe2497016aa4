package dev.tact.app.wiring;

import dev.tact.core.decision.PolicySetting;
import dev.tact.core.decision.PolicySettings;
import dev.tact.core.decision.PolicySettingsProvider;
import dev.tact.intents.domain.Domain;
import dev.tact.intents.domain.DomainRules;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * {@code tact.policy.*}: the handoff policy's settings on the server. Each {@link PolicySetting} is read from its
 * configuration key ({@code tact.policy.min-confidence}; Micronaut fills it from the environment variable
 * {@code TACT_POLICY_MIN_CONFIDENCE} too, the one the command line reads), an unset one keeps the default
 * {@link PolicySettings#SETTINGS} gives it: the names, defaults and meanings are written there only. The domain's
 * own rules are added here, once, for the policy and the analyzer alike.
 */
@Factory
public class PolicyConfiguration {

    /** The settings the configuration gives, before the domain's rules. */
    public static PolicySettings read(PropertyResolver properties) {
        return PolicySettings.read(setting -> value(properties, setting));
    }

    private static Optional<String> value(PropertyResolver properties, PolicySetting setting) {
        if (setting.kind() == PolicySetting.Kind.NAMES) {
            return properties.getProperty(setting.configurationKey(), Argument.listOf(String.class))
                    .map(names -> String.join(",", names));
        }
        return properties.getProperty(setting.configurationKey(), String.class);
    }

    /** The configured settings with the domain's rules; the policy reads them once a turn. */
    @Singleton
    PolicySettingsProvider policySettings(PropertyResolver properties, Domain domain) {
        return PolicySettingsProvider.fixed(DomainRules.of(domain).applyTo(read(properties)));
    }
}
