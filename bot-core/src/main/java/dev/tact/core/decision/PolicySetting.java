package dev.tact.core.decision;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One configurable setting of {@link PolicySettings}: the one place that names it, gives its default and says what
 * it does. The server's configuration key ({@code tact.policy.min-confidence}), the command line's environment
 * variable ({@code TACT_POLICY_MIN_CONFIDENCE}, which the server reads too) and the README's row all follow from
 * it; {@link PolicySettings#SETTINGS} lists them all.
 *
 * @param name         the record component it sets, e.g. {@code minConfidence}
 * @param kind         what kind of value it takes
 * @param defaultValue the value when nothing is configured (a {@code Double}, {@code Integer}, {@code String} or
 *                     {@code Set<String>} by kind)
 * @param description  what it sets, as the README says it
 * @param accessor     reads it from settings
 */
public record PolicySetting(String name, Kind kind, Object defaultValue, String description,
                            Function<PolicySettings, Object> accessor) {

    /** The prefix of the environment variables. */
    public static final String ENVIRONMENT_PREFIX = "TACT_POLICY_";
    /** The prefix of the configuration keys. */
    public static final String CONFIGURATION_PREFIX = "tact.policy.";

    /** The kinds of values. */
    public enum Kind {
        /** A decimal number (a probability, a score or a drop). */
        NUMBER,
        /** A whole number. */
        COUNT,
        /** An intent name. */
        NAME,
        /** Intent names, comma-separated where written as one string. */
        NAMES
    }

    public PolicySetting {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(defaultValue, "defaultValue must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(accessor, "accessor must not be null");
    }

    static PolicySetting number(String name, double defaultValue, Function<PolicySettings, Object> accessor,
                                String description) {
        return new PolicySetting(name, Kind.NUMBER, defaultValue, description, accessor);
    }

    static PolicySetting count(String name, int defaultValue, Function<PolicySettings, Object> accessor,
                               String description) {
        return new PolicySetting(name, Kind.COUNT, defaultValue, description, accessor);
    }

    static PolicySetting intent(String name, String defaultValue, Function<PolicySettings, Object> accessor,
                                String description) {
        return new PolicySetting(name, Kind.NAME, defaultValue, description, accessor);
    }

    static PolicySetting intents(String name, Function<PolicySettings, Object> accessor, String description) {
        return new PolicySetting(name, Kind.NAMES, Set.of(), description, accessor);
    }

    /** Its value in {@code settings}. */
    public Object valueIn(PolicySettings settings) {
        return accessor.apply(settings);
    }

    /** {@code minConfidence} → {@code TACT_POLICY_MIN_CONFIDENCE}. */
    public String environmentVariable() {
        return ENVIRONMENT_PREFIX + words('_').toUpperCase(Locale.ROOT);
    }

    /** {@code minConfidence} → {@code tact.policy.min-confidence}. */
    public String configurationKey() {
        return CONFIGURATION_PREFIX + words('-');
    }

    /** The default as the README writes it: {@code 0.4}, {@code 2}, {@code human_request}, or empty. */
    public String defaultText() {
        return switch (kind) {
            case NUMBER -> format((Double) defaultValue);
            case NAMES -> String.join(",", new TreeSet<>(castNames(defaultValue)));
            default -> defaultValue.toString();
        };
    }

    /**
     * The value written as {@code raw} (blank: the default).
     *
     * @throws IllegalArgumentException naming the variable and the key when it is not a value of its kind
     */
    public Object parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        String value = raw.strip();
        try {
            return switch (kind) {
                case NUMBER -> Double.parseDouble(value);
                case COUNT -> Integer.parseInt(value);
                case NAME -> value;
                case NAMES -> Set.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(","))
                        .map(String::strip).filter(part -> !part.isEmpty()).toList()));
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(environmentVariable() + " (" + configurationKey() + ") must be "
                    + (kind == Kind.COUNT ? "a whole number" : "a number") + ", was '" + raw + "'");
        }
    }

    private String words(char separator) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castNames(Object value) {
        return (Set<String>) value;
    }

    private static String format(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
