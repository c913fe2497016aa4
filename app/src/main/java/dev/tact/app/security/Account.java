package dev.tact.app.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in: an agent, an analyst, an admin, or several of these.
 *
 * @param username     the login, 2-64 characters of letters, digits, dot, dash, underscore
 * @param passwordHash bcrypt hash
 * @param roles        {@code agent}, {@code analyst}, {@code admin}
 * @param teams        the teams whose conversations an agent may claim
 * @param capacity     how many conversations an agent may hold at once
 */
public record Account(String username, String passwordHash, Set<String> roles, Set<String> teams, int capacity) {

    public static final String AGENT = "agent";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(AGENT, ANALYST, ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    public Account {
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(passwordHash, "passwordHash must not be null");
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username has 2-64 letters, digits, '.', '-' or '_'");
        }
        if (!ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles are " + ROLES);
        }
    }

    public static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
