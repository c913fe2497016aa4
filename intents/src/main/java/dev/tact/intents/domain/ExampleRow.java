package dev.tact.intents.domain;

/**
 * One example from a CSV file.
 *
 * @param file  the CSV file, relative to the domain directory
 * @param line  1-based line on which the row starts
 * @param text  the example, stripped of surrounding white space
 * @param label the intent it belongs to, or {@code oos}
 */
record ExampleRow(String file, int line, String text, String label) {
}
