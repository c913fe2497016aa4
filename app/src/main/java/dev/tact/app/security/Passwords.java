package dev.tact.app.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Salted, slow password hashes (bcrypt, cost 12) and random passwords. */
@Singleton
public class Passwords {

    private static final int COST = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_LENGTH = 10;
    /** A hash of a random password: checked when the user is unknown, so both cases take the same time. */
    private final String dummy;
    private final SecureRandom random = new SecureRandom();

    public Passwords() {
        dummy = hash(random());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of a check when there is nothing to check against. */
    public void matchNothing(String password) {
        matches(password, dummy);
    }

    /** 128 random bits, URL-safe. */
    public String random() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why a new password is not acceptable, or an empty string. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "A password has at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "A password has at most " + MAX_BYTES + " bytes.";
        }
        return "";
    }
}
