package dev.tact.intents.domain;

import dev.tact.intents.classify.LabeledText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads one {@code intents/*.yml} file: a YAML list of intents, each checked on its own. */
final class IntentFileReader {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> KEYS = List.of("name", "title", "description", "examples", "responses",
            "handoff", "team");
    private static final List<String> HANDOFF_KEYS = List.of("always_human", "never_human", "min_confidence", "sensitive",
            "offer", "priority");
    /** WhatsApp's limit on a list row's title. */
    static final int MAX_TITLE = 24;

    private final SourceFile source;
    private final YamlFields yaml;

    private IntentFileReader(SourceFile source, ProblemLog log) {
        this.source = source;
        this.yaml = new YamlFields(source.path(), log);
    }

    /**
     * The file's intents that have a valid name (problems in the others are reported); empty when the file is
     * not a YAML list at all.
     */
    static Optional<List<LocatedIntent>> read(SourceFile source, ProblemLog log) {
        return new IntentFileReader(source, log).read();
    }

    private Optional<List<LocatedIntent>> read() {
        Optional<Node> root = yaml.parse(source, "a YAML list of intents");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            yaml.problem(root.get(), "expected a YAML list of intents (items that start with '- name:')");
            return Optional.empty();
        }
        List<LocatedIntent> intents = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode intent) {
                readIntent(intent).ifPresent(intents::add);
            } else {
                yaml.problem(item, "an intent must be a map with name, examples, responses, ...");
            }
        }
        return Optional.of(intents);
    }

    private Optional<LocatedIntent> readIntent(MappingNode node) {
        Map<String, NodeTuple> entries = yaml.entries(node, KEYS, "an intent");
        Optional<String> name = name(node, entries.get("name"));
        String description = value(entries, "description").flatMap(value -> yaml.text("description", value))
                .orElse("");
        List<String> examples = value(entries, "examples").flatMap(value -> yaml.texts("examples", value))
                .orElse(List.of());
        Optional<Node> responsesNode = value(entries, "responses");
        List<String> responses = responsesNode.flatMap(value -> yaml.texts("responses", value)).orElse(List.of());
        HandoffOverrides handoff = value(entries, "handoff").map(this::handoff).orElse(HandoffOverrides.NONE);
        String team = value(entries, "team").flatMap(value -> yaml.text("team", value)).orElse("");
        String title = value(entries, "title").flatMap(value -> title(value)).orElse("");
        if (!handoff.offer().isEmpty() && responses.isEmpty()) {
            yaml.problem(entries.get("handoff").getValueNode(), "handoff.offer follows the general answer: the intent "
                    + "needs responses");
        }
        if (responses.isEmpty() && !handoff.alwaysHuman() && !handoff.sensitive() && responsesNode.map(this::isList).orElse(true)) {
            yaml.problem(responsesNode.orElse(node), "the intent has no responses: add at least one, or set "
                    + "handoff.always_human: true");
        }
        int line = YamlFields.line(entries.containsKey("name") ? entries.get("name").getKeyNode() : node);
        return name.map(valid -> new LocatedIntent(source.path(), line,
                new IntentDefinition(valid, description, examples, responses, handoff, team, title)));
    }

    private Optional<String> name(MappingNode intent, NodeTuple entry) {
        if (entry == null) {
            yaml.problem(intent, "the intent has no 'name'");
            return Optional.empty();
        }
        Node value = entry.getValueNode();
        Optional<String> name = yaml.text("name", value);
        if (name.isEmpty()) {
            return name;
        }
        if (name.get().equals(LabeledText.OUT_OF_SCOPE)) {
            yaml.problem(value, "the name 'oos' is reserved for out-of-scope examples");
            return Optional.empty();
        }
        if (!NAME.matcher(name.get()).matches()) {
            yaml.problem(value, "invalid name '" + name.get() + "': use lower-case letters, digits and "
                    + "underscores, starting with a letter");
            return Optional.empty();
        }
        return name;
    }

    private HandoffOverrides handoff(Node node) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "'handoff' must be a map with " + String.join(", ", HANDOFF_KEYS));
            return HandoffOverrides.NONE;
        }
        Map<String, NodeTuple> entries = yaml.entries(map, HANDOFF_KEYS, "handoff");
        boolean alwaysHuman = value(entries, "always_human").flatMap(value -> yaml.bool("always_human", value))
                .orElse(false);
        boolean neverHuman = value(entries, "never_human").flatMap(value -> yaml.bool("never_human", value))
                .orElse(false);
        boolean sensitive = value(entries, "sensitive").flatMap(value -> yaml.bool("sensitive", value))
                .orElse(false);
        if (neverHuman && (alwaysHuman || sensitive)) {
            yaml.problem(entries.get("never_human").getKeyNode(),
                    "never_human cannot be true with always_human or sensitive");
            neverHuman = false;
        }
        OptionalDouble minConfidence = value(entries, "min_confidence")
                .map(this::minConfidence).orElse(OptionalDouble.empty());
        String offer = value(entries, "offer").flatMap(value -> yaml.text("offer", value)).orElse("");
        if (!offer.isEmpty() && (alwaysHuman || sensitive)) {
            yaml.problem(entries.get("offer").getKeyNode(), "an always-human or sensitive intent goes to a person "
                    + "anyway: offer is for intents the bot answers");
            offer = "";
        }
        OptionalInt priority = value(entries, "priority").map(this::priority).orElse(OptionalInt.empty());
        if (priority.isPresent() && !sensitive) {
            yaml.problem(entries.get("priority").getKeyNode(), "priority is the queue priority of a sensitive "
                    + "situation: set sensitive: true too");
            priority = OptionalInt.empty();
        }
        return new HandoffOverrides(alwaysHuman || sensitive, neverHuman, minConfidence, sensitive, offer, priority);
    }

    private Optional<String> title(Node value) {
        Optional<String> title = yaml.text("title", value);
        if (title.isPresent() && title.get().length() > MAX_TITLE) {
            yaml.problem(value, "'title' has at most " + MAX_TITLE + " characters (a choice button), not "
                    + title.get().length());
            return Optional.empty();
        }
        return title;
    }

    private OptionalDouble minConfidence(Node value) {
        OptionalDouble number = yaml.number("min_confidence", value);
        if (number.isPresent() && (number.getAsDouble() < 0 || number.getAsDouble() > 1)) {
            yaml.problem(value, "'min_confidence' must be within 0..1, not " + number.getAsDouble());
            return OptionalDouble.empty();
        }
        return number;
    }

    private OptionalInt priority(Node value) {
        OptionalDouble number = yaml.number("priority", value);
        if (number.isEmpty()) {
            return OptionalInt.empty();
        }
        double priority = number.getAsDouble();
        if (priority != Math.rint(priority) || priority < 0 || priority > 100) {
            yaml.problem(value, "'priority' must be a whole number within 0..100, not "
                    + (priority == Math.rint(priority) ? String.valueOf((long) priority) : String.valueOf(priority)));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) priority);
    }

    private boolean isList(Node node) {
        return node instanceof SequenceNode;
    }

    private static Optional<Node> value(Map<String, NodeTuple> entries, String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }
}
