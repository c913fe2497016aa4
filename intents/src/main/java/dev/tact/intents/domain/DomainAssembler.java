package dev.tact.intents.domain;

import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a domain's intents and examples together and checks the rules that span files: unique names, known
 * labels, enough examples. Exact duplicate examples of one intent (or of the out-of-scope set) are dropped, the
 * first kept.
 */
final class DomainAssembler {

    static final int MIN_EXAMPLES = 5;

    private final ProblemLog log;
    private final Map<String, LocatedIntent> intents = new LinkedHashMap<>();
    private final Map<String, Set<String>> examples = new HashMap<>();
    private final Set<String> outOfScope = new LinkedHashSet<>();

    DomainAssembler(ProblemLog log) {
        this.log = log;
    }

    void addIntent(LocatedIntent located) {
        String name = located.intent().name();
        LocatedIntent first = intents.putIfAbsent(name, located);
        if (first != null) {
            log.add(located.file(), located.line(), "intent '" + name + "' is defined twice (first at "
                    + first.place() + ")");
        } else {
            examples.put(name, new LinkedHashSet<>(located.intent().examples()));
        }
    }

    /**
     * @param reportUnknownLabel false when an intents file could not be read, so that the intent a label names
     *                           may well exist
     */
    void addExample(ExampleRow row, boolean reportUnknownLabel) {
        if (row.label().equals(LabeledText.OUT_OF_SCOPE)) {
            outOfScope.add(row.text());
        } else if (examples.containsKey(row.label())) {
            examples.get(row.label()).add(row.text());
        } else if (reportUnknownLabel) {
            log.add(row.file(), row.line(), "unknown label '" + row.label() + "': no intent has that name (oos "
                    + "marks an out-of-scope example)");
        }
    }

    /**
     * The intents in the order they were defined, with all their examples.
     *
     * @param reportFewExamples false when an examples file could not be read, so that counts would mislead
     */
    List<IntentDefinition> intents(boolean reportFewExamples) {
        List<IntentDefinition> result = new ArrayList<>();
        for (LocatedIntent located : intents.values()) {
            IntentDefinition intent = located.intent();
            Set<String> all = examples.get(intent.name());
            if (reportFewExamples && all.size() < MIN_EXAMPLES) {
                log.add(located.file(), located.line(), "intent '" + intent.name() + "' has " + all.size()
                        + " distinct example(s); it needs at least " + MIN_EXAMPLES + " (YAML and CSV together)");
            }
            result.add(new IntentDefinition(intent.name(), intent.description(), List.copyOf(all),
                    intent.responses(), intent.handoff(), intent.team(), intent.title()));
        }
        return result;
    }

    List<String> outOfScope() {
        return List.copyOf(outOfScope);
    }
}
