package dev.tact.app.wiring;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code /health} is DOWN until the intent model is loaded: the server is not ready to answer before that. */
@Singleton
@Readiness
public class IntentModelHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final IntentModelLoader loader;

    public IntentModelHealth(IntentModelLoader loader) {
        this.loader = loader;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        if (loader.ready()) {
            healthStatus = HealthStatus.UP;
            return Map.of("intentModel", "loaded");
        }
        healthStatus = HealthStatus.DOWN;
        return Map.of("intentModel", loader.failure().map(error -> "failed: " + error.getMessage()).orElse("loading"));
    }

    @Override
    protected String getName() {
        return "intentModel";
    }
}
