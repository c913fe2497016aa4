package dev.tact.app.wiring;

import dev.tact.channels.web.WidgetOrigins;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * {@code tact.widget.*}: the sites that may embed the web chat widget ({@code TACT_WIDGET_ORIGINS}, comma-separated
 * origins; unset, none may).
 */
@ConfigurationProperties("tact.widget")
public record WidgetConfiguration(@Nullable List<String> origins) {

    public WidgetOrigins widgetOrigins() {
        return new WidgetOrigins(origins == null ? List.of() : origins);
    }

    @Factory
    static class Origins {
        @Singleton
        WidgetOrigins widgetOrigins(WidgetConfiguration configuration) {
            return configuration.widgetOrigins();
        }
    }
}
