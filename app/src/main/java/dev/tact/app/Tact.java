package dev.tact.app;

import dev.tact.app.cli.AnalyzeCommand;
import dev.tact.app.cli.Command;
import dev.tact.app.cli.EvaluateEmotionsCommand;
import dev.tact.app.cli.EvaluateIntentsCommand;
import dev.tact.app.cli.SimulateCommand;
import dev.tact.app.cli.TrainCommand;
import io.micronaut.runtime.Micronaut;

import java.util.Arrays;
import java.util.Map;

/**
 * The command line: {@code java -jar tact.jar [serve] [--micronaut.server.port=9090 …]} starts the server; the other
 * commands ({@code train}, {@code evaluate-intents}, {@code evaluate-emotions}, {@code simulate}, {@code analyze}) are
 * one {@link Command} each in {@code dev.tact.app.cli}, run without the server.
 */
public final class Tact {

    /** Each command by name. */
    private static final Map<String, Command> COMMANDS = Map.of(
            "train", new TrainCommand(),
            "evaluate-intents", new EvaluateIntentsCommand(),
            "evaluate-emotions", new EvaluateEmotionsCommand(),
            "simulate", new SimulateCommand(),
            "analyze", new AnalyzeCommand());

    private static final String USAGE = """
            usage: java -jar tact.jar [command] [--key=value …]

            commands:
              serve              start the server (default): port 8080, H2 database under ./data/
              train              train and cache the intent model of the configured domain
                                 [--domain banking|DIR] [--mode ENSEMBLE|OPENNLP_ONLY]
                                 [--encoders minilm[,bge-small]] [--model-cache DIR]
              evaluate-intents   train on a CSV and test on another, or cross-validate
                                 (evaluate-intents --help for its options)
              evaluate-emotions  the emotion model on GoEmotions dev (precision, recall, F1 of "emotional")
              simulate           run conversations through the engine: simulate --input conversations.jsonl
                                 (one JSON line per turn; a score when the turns carry expectations)
              analyze            analyse messages from standard input, one per line: analyze [--json] < texts.txt
              help               show this text

            configuration comes from environment variables (TACT_PORT, TACT_DB_URL, TACT_DB_USER,
            TACT_DB_PASSWORD, …; see the README) or --key=value options.
            """;

    private Tact() {
    }

    public static void main(String[] args) {
        boolean named = args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
        String command = named ? args[0] : "serve";
        String[] options = named ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (!command.equals("serve") && System.getProperty("TACT_LOG_LEVEL") == null
                && System.getenv("TACT_LOG_LEVEL") == null) {
            // a command's output is its report (or one JSON object): keep informational logs out of it
            System.setProperty("TACT_LOG_LEVEL", "WARN");
        }
        if (!command.equals("serve")) {
            System.setProperty("TACT_LOG_TARGET", "System.err");
        }
        Command runnable = COMMANDS.get(command);
        if (runnable != null) {
            System.exit(runnable.run(options, System.getenv(), System.in, System.out, System.err));
        }
        switch (command) {
            case "serve" -> Micronaut.build(options).mainClass(Tact.class).banner(false).start();
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.println("tact: unknown command '" + command + "'");
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }
}
