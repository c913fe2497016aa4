package dev.tact.intents.classify;

/** Hears how training advances, e.g. to draw a progress bar. */
@FunctionalInterface
public interface TrainingListener {

    TrainingListener NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done, e.g. "embedding", "maxent", "regression"
     * @param done  units done so far in this stage
     * @param total units in this stage
     */
    void progress(String stage, long done, long total);
}
