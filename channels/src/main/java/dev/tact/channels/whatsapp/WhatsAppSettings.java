package dev.tact.channels.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How Tact talks to the WhatsApp Cloud API. The channel is on only when the four credentials are set; with any of
 * them missing its endpoints answer 404 and nothing is sent.
 *
 * @param verifyToken      the token Meta echoes in the webhook verification handshake
 * @param appSecret        the Meta app's secret: the key of the {@code X-Hub-Signature-256} HMAC
 * @param accessToken      the bearer token of the Graph API (a system user token in production)
 * @param phoneNumberId    the business phone number Tact answers on; webhooks for other numbers are ignored
 * @param graphUrl         the Graph API base URL with its version, e.g. {@code https://graph.facebook.com/v25.0}
 * @param sendRatePerSecond the most messages sent per second from one phone number
 * @param maxAttempts      how often a message is tried before it is recorded as failed
 * @param firstRetry       the delay before the first retry; each further retry doubles it (with jitter)
 * @param maxRetry         the longest delay between two tries
 * @param serviceWindow    how long after the customer's last message free text may be sent (24 hours)
 * @param templateName     the approved template sent to re-open a conversation outside the window, or empty
 * @param templateLanguage the template's language code, e.g. {@code en_US}
 */
public record WhatsAppSettings(String verifyToken, String appSecret, String accessToken, String phoneNumberId,
                               URI graphUrl, double sendRatePerSecond, int maxAttempts, Duration firstRetry,
                               Duration maxRetry, Duration serviceWindow, String templateName,
                               String templateLanguage) {

    /** Meta's Graph API, at the version this code was written against. */
    public static final URI DEFAULT_GRAPH_URL = URI.create("https://graph.facebook.com/v25.0");

    public WhatsAppSettings {
        verifyToken = Objects.requireNonNullElse(verifyToken, "");
        appSecret = Objects.requireNonNullElse(appSecret, "");
        accessToken = Objects.requireNonNullElse(accessToken, "");
        phoneNumberId = Objects.requireNonNullElse(phoneNumberId, "");
        templateName = Objects.requireNonNullElse(templateName, "");
        templateLanguage = Objects.requireNonNullElse(templateLanguage, "en_US");
        Objects.requireNonNull(graphUrl, "graphUrl must not be null");
        Objects.requireNonNull(firstRetry, "firstRetry must not be null");
        Objects.requireNonNull(maxRetry, "maxRetry must not be null");
        Objects.requireNonNull(serviceWindow, "serviceWindow must not be null");
        if (!(sendRatePerSecond > 0)) {
            throw new IllegalArgumentException("sendRatePerSecond must be positive, was " + sendRatePerSecond);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= firstRetry <= maxRetry");
        }
    }

    /** The channel with nothing configured: off. */
    public static WhatsAppSettings disabled() {
        return new WhatsAppSettings("", "", "", "", DEFAULT_GRAPH_URL, 20, 8, Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofHours(24), "", "en_US");
    }

    public boolean enabled() {
        return missing().isEmpty();
    }

    /** The names of the settings that are not set (as environment variables), for the start-up log. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (verifyToken.isBlank()) {
            missing.add("TACT_WHATSAPP_VERIFY_TOKEN");
        }
        if (appSecret.isBlank()) {
            missing.add("TACT_WHATSAPP_APP_SECRET");
        }
        if (accessToken.isBlank()) {
            missing.add("TACT_WHATSAPP_ACCESS_TOKEN");
        }
        if (phoneNumberId.isBlank()) {
            missing.add("TACT_WHATSAPP_PHONE_NUMBER_ID");
        }
        return missing;
    }

    public boolean hasTemplate() {
        return !templateName.isBlank();
    }

    @Override
    public String toString() {
        // never the secrets
        return "WhatsAppSettings[enabled=" + enabled() + ", phoneNumberId=" + phoneNumberId + ", graphUrl=" + graphUrl
                + ", sendRatePerSecond=" + sendRatePerSecond + ", maxAttempts=" + maxAttempts + "]";
    }
}
