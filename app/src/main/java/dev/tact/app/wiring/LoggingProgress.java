package dev.tact.app.wiring;

import dev.tact.intents.classify.TrainingListener;
import org.slf4j.Logger;

import java.util.Objects;

/** Training progress in the log: one line per stage and every quarter of it, not a flood. */
final class LoggingProgress implements TrainingListener {

    private final Logger log;
    private String stage = "";
    private long shownQuarter = -1;

    LoggingProgress(Logger log) {
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    @Override
    public synchronized void progress(String name, long done, long total) {
        if (!name.equals(stage)) {
            stage = name;
            shownQuarter = -1;
        }
        long quarter = total <= 0 ? 4 : 4 * done / total;
        if (quarter != shownQuarter) {
            shownQuarter = quarter;
            log.info("Training the intent model: {} {}%", name, quarter * 25);
        }
    }
}
