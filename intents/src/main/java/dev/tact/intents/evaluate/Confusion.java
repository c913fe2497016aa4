package dev.tact.intents.evaluate;

import java.util.Objects;

/** How often rows of one gold label got another effective label ({@code oos} when not answered). */
public record Confusion(String gold, String predicted, int count) {

    public Confusion {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
    }
}
