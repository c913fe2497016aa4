package dev.tact.app;

import io.micronaut.runtime.Micronaut;

import java.util.Arrays;

/**
 * The command line: {@code java -jar tact.jar [serve] [--micronaut.server.port=9090 …]}. Further commands
 * ({@code train}, {@code evaluate-intents}, {@code analyze}, {@code simulate}) come with the NLP work.
 */
public final class Tact {

    private static final String USAGE = """
            usage: java -jar tact.jar [command] [--key=value …]

            commands:
              serve    start the server (default): port 8080, H2 database under ./data/
              help     show this text

            configuration comes from environment variables (TACT_PORT, TACT_DB_URL, TACT_DB_USER,
            TACT_DB_PASSWORD, …; see the README) or --key=value options.
            """;

    private Tact() {
    }

    public static void main(String[] args) {
        boolean named = args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
        String command = named ? args[0] : "serve";
        String[] options = named ? Arrays.copyOfRange(args, 1, args.length) : args;
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
