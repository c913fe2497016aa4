package dev.tact.app.cli;

import dev.tact.core.decision.PolicySettings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;

/**
 * The handoff thresholds of the command line ({@code analyze}, {@code simulate}) from the same
 * {@code TACT_POLICY_*} variables as the server: each number of {@link PolicySettings} is read from the variable
 * named after it ({@code minConfidence} → {@code TACT_POLICY_MIN_CONFIDENCE}); unset ones keep
 * {@link PolicySettings#defaults()}.
 */
final class PolicyEnvironment {

    static final String PREFIX = "TACT_POLICY_";

    private PolicyEnvironment() {
    }

    static PolicySettings read(Map<String, String> environment) {
        PolicySettings defaults = PolicySettings.defaults();
        RecordComponent[] components = PolicySettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                values[i] = component.getAccessor().invoke(defaults);
                String value = environment.get(variable(component.getName()));
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    if (types[i] == double.class) {
                        values[i] = Double.parseDouble(value.strip());
                    } else if (types[i] == int.class) {
                        values[i] = Integer.parseInt(value.strip());
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(variable(component.getName()) + " must be a number, was '"
                            + value + "'");
                }
            }
            Constructor<PolicySettings> constructor = PolicySettings.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("could not read the policy settings", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PolicySettings is a record with a canonical constructor", e);
        }
    }

    /** {@code minConfidence} → {@code TACT_POLICY_MIN_CONFIDENCE}. */
    static String variable(String component) {
        return PREFIX + component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
