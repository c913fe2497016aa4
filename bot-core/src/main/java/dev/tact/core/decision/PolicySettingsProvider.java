package dev.tact.core.decision;

import java.util.Objects;

/**
 * Where the handoff policy gets its settings, once per turn: a later change may swap them while the server runs
 * (a provider that reloads them) without rebuilding the policy.
 */
@FunctionalInterface
public interface PolicySettingsProvider {

    /** The settings in force now. */
    PolicySettings current();

    /** Always the same settings. */
    static PolicySettingsProvider fixed(PolicySettings settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        return () -> settings;
    }
}
