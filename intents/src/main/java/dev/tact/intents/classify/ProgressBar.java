package dev.tact.intents.classify;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws training progress as a one-line text bar per stage, redrawn in place with a carriage return (the
 * {@code train}, {@code evaluate-intents} and {@code simulate} commands, the benchmarks).
 */
public final class ProgressBar implements TrainingListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private String stage;
    private int lastPercent = -1;

    public ProgressBar(PrintStream out) {
        this(out, true);
    }

    /** @param enabled false draws nothing (e.g. when the stream also carries JSON) */
    public ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        if (!enabled) {
            return;
        }
        if (!stage.equals(this.stage)) {
            finish();
            this.stage = stage;
        }
        int percent = total <= 0 ? 100 : (int) Math.min(100, Math.max(0, done * 100 / total));
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%", stage, "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent));
        out.flush();
    }

    /** Ends the current bar's line, if one was drawn. */
    public synchronized void finish() {
        if (stage != null) {
            out.println();
            stage = null;
            lastPercent = -1;
        }
    }
}
