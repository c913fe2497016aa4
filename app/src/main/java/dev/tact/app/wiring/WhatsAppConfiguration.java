package dev.tact.app.wiring;

import dev.tact.channels.whatsapp.WhatsAppSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code tact.whatsapp.*}: the WhatsApp Cloud API channel (see {@link WhatsAppSettings} for what each means and the
 * README for the set-up). Without the four credentials the channel is off.
 *
 * @param workers how many customers' messages the inbox worker runs through the engine at once, and how many
 *                requests the outbox worker sends at once
 * @param poll    how often the workers look for work they were not woken for (retries, other nodes' rows)
 */
@ConfigurationProperties("tact.whatsapp")
public record WhatsAppConfiguration(
        @Nullable String verifyToken,
        @Nullable String appSecret,
        @Nullable String accessToken,
        @Nullable String phoneNumberId,
        @Bindable(defaultValue = "https://graph.facebook.com/v25.0") URI graphUrl,
        @Bindable(defaultValue = "20") double sendRatePerSecond,
        @Bindable(defaultValue = "8") int maxAttempts,
        @Bindable(defaultValue = "1s") Duration firstRetry,
        @Bindable(defaultValue = "5m") Duration maxRetry,
        @Bindable(defaultValue = "24h") Duration serviceWindow,
        @Nullable String templateName,
        @Bindable(defaultValue = "en_US") String templateLanguage,
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "1s") Duration poll) {

    public WhatsAppSettings settings() {
        return new WhatsAppSettings(verifyToken, appSecret, accessToken, phoneNumberId, graphUrl, sendRatePerSecond,
                maxAttempts, firstRetry, maxRetry, serviceWindow, templateName, templateLanguage);
    }
}
