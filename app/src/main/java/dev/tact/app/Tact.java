package dev.tact.app;

import dev.tact.app.cli.IntentCommands;
import io.micronaut.runtime.Micronaut;

import java.util.Arrays;

/**
 * The command line: {@code java -jar tact.jar [serve] [--micronaut.server.port=9090 …]}, {@code train},
 * {@code evaluate-intents}.
 */
public final class Tact {

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
        switch (command) {
            case "serve" -> Micronaut.build(options).mainClass(Tact.class).banner(false).start();
            case "train" -> System.exit(new IntentCommands(System.getenv()).train(options, System.out, System.err));
            case "evaluate-intents" -> System.exit(new IntentCommands(System.getenv())
                    .evaluate(options, System.out, System.err));
            case "simulate" -> System.exit(new IntentCommands(System.getenv()).simulate(options, System.out,
                    System.err));
            case "evaluate-emotions" -> System.exit(new IntentCommands(System.getenv())
                    .evaluateEmotions(options, System.out, System.err));
            case "analyze" -> System.exit(new IntentCommands(System.getenv()).analyze(options, System.in, System.out,
                    System.err));
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.println("tact: unknown command '" + command + "'");
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }
}
