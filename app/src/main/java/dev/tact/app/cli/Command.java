package dev.tact.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * One command of the command line, run without starting the server: its options and the environment variables it
 * reads its settings from ({@link CommandSettings}) in, its report on {@code out}, progress and problems on
 * {@code err}; the exit code back (0 done, 2 a usage or input error).
 */
@FunctionalInterface
public interface Command {

    int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err);
}
