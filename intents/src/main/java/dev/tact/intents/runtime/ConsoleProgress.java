package dev.tact.intents.runtime;

import dev.tact.intents.classify.TrainingListener;

import java.io.PrintStream;
import java.util.Objects;

/** Draws training progress as a one-line bar per stage, e.g. {@code embedding bge  [#########     ] 64%}. */
public final class ConsoleProgress implements TrainingListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private String stage = "";
    private int shownPercent = -1;
    private long stageStart;

    public ConsoleProgress(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    @Override
    public synchronized void progress(String name, long done, long total) {
        if (!name.equals(stage)) {
            if (!stage.isEmpty()) {
                out.println();
            }
            stage = name;
            shownPercent = -1;
            stageStart = System.nanoTime();
        }
        int percent = total <= 0 ? 100 : (int) (100 * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        out.printf("\r%-32s [%s%s] %3d%% %5.1fs", name, "#".repeat(filled), " ".repeat(WIDTH - filled), percent,
                (System.nanoTime() - stageStart) / 1e9);
        if (percent == 100 && done == total) {
            out.println();
            stage = "";
        }
        out.flush();
    }
}
