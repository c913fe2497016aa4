package dev.tact.intents.domain;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads typed values out of one YAML file's node tree, reporting every wrong value as a problem at its line.
 * Working on nodes rather than on loaded maps keeps each value's line, and keeps a text such as {@code yes} or
 * {@code 1.0} exactly as written.
 */
final class YamlFields {

    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private final String file;
    private final ProblemLog log;

    YamlFields(String file, ProblemLog log) {
        this.file = file;
        this.log = log;
    }

    /** 1-based line on which a node starts. */
    static int line(Node node) {
        return lineOf(node.getStartMark());
    }

    /** The file's one document; empty when the file is empty or not valid YAML, both reported. */
    Optional<Node> parse(SourceFile source, String expected) {
        try {
            Node root = new Yaml().compose(source.reader());
            if (root == null) {
                log.add(file, 0, "the file is empty; expected " + expected);
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            log.add(file, lineOf(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
                    "not valid YAML: " + describe(e));
        } catch (YAMLException e) {
            log.add(file, 0, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    void problem(Node node, String message) {
        log.add(file, line(node), message);
    }

    /** A mapping's entries by key; keys that are unknown, repeated or not plain words are reported and left out. */
    Map<String, NodeTuple> entries(MappingNode map, List<String> knownKeys, String what) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple entry : map.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(keyNode, "a key of " + what + " must be a plain word");
                continue;
            }
            String key = scalar.getValue();
            NodeTuple first = entries.get(key);
            if (!knownKeys.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' in " + what + " (known keys: "
                        + String.join(", ", knownKeys) + ")");
            } else if (first != null) {
                problem(keyNode, "key '" + key + "' appears twice in " + what + " (first at line "
                        + line(first.getKeyNode()) + ")");
            } else {
                entries.put(key, entry);
            }
        }
        return entries;
    }

    /** A non-empty text, stripped of surrounding white space. */
    Optional<String> text(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            problem(value, "'" + key + "' must be a text");
            return Optional.empty();
        }
        String text = textOf(scalar);
        if (text.isEmpty()) {
            problem(value, "'" + key + "' must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A list of non-empty texts, each stripped; empty items are reported and left out. */
    Optional<List<String>> texts(String key, Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            problem(value, "'" + key + "' must be a list of texts");
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                problem(item, "each item of '" + key + "' must be a text");
            } else if (textOf(scalar).isEmpty()) {
                problem(item, "an item of '" + key + "' is empty");
            } else {
                texts.add(textOf(scalar));
            }
        }
        return Optional.of(texts);
    }

    Optional<Boolean> bool(String key, Node value) {
        if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Optional.of(TRUE.contains(scalar.getValue().toLowerCase(Locale.ROOT)));
        }
        problem(value, "'" + key + "' must be true or false");
        return Optional.empty();
    }

    OptionalDouble number(String key, Node value) {
        if (value instanceof ScalarNode scalar
                && (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag()))) {
            try {
                double number = Double.parseDouble(scalar.getValue().replace("_", ""));
                if (Double.isFinite(number)) {
                    return OptionalDouble.of(number);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(value, "'" + key + "' must be a number");
        return OptionalDouble.empty();
    }

    /** A scalar's text as written; a YAML null ({@code ~}, {@code null} or nothing) is empty. */
    private static String textOf(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue().strip();
    }

    /** For example "expected ',' or ']', but got : (while parsing a flow sequence at line 2)". */
    private static String describe(MarkedYAMLException e) {
        if (e.getProblem() == null || e.getContext() == null) {
            return e.getProblem() != null ? e.getProblem() : String.valueOf(e.getContext());
        }
        int contextLine = lineOf(e.getContextMark());
        boolean elsewhere = contextLine > 0 && contextLine != lineOf(e.getProblemMark());
        return e.getProblem() + " (" + e.getContext() + (elsewhere ? " at line " + contextLine : "") + ")";
    }

    private static int lineOf(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }
}
