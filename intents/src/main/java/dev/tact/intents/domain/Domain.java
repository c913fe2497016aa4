package dev.tact.intents.domain;

import dev.tact.intents.classify.LabeledText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of intents the bot knows, loaded and validated from a directory of plain files.
 *
 * @param name        the domain's name
 * @param intents     its intents, in a stable order
 * @param outOfScope  example texts that belong to none of its intents (label {@code oos} in the CSV files)
 * @param fingerprint SHA-256 (hex) of the domain's content, for caching trained models
 * @param decline     what the bot says to an off-topic request: plainly what it helps with (empty: a generic line)
 */
public record Domain(String name, List<IntentDefinition> intents, List<String> outOfScope, String fingerprint,
                     String decline) {

    public Domain(String name, List<IntentDefinition> intents, List<String> outOfScope, String fingerprint) {
        this(name, intents, outOfScope, fingerprint, "");
    }

    public Domain {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        Objects.requireNonNull(decline, "decline must not be null");
        intents = List.copyOf(intents);
        outOfScope = List.copyOf(outOfScope);
    }

    public Optional<IntentDefinition> intent(String intentName) {
        return intents.stream().filter(intent -> intent.name().equals(intentName)).findFirst();
    }

    /** Every example as a training row, the out-of-scope ones labelled {@code oos}. */
    public List<LabeledText> samples() {
        List<LabeledText> samples = new ArrayList<>();
        for (IntentDefinition intent : intents) {
            intent.examples().forEach(text -> samples.add(new LabeledText(text, intent.name())));
        }
        outOfScope.forEach(text -> samples.add(new LabeledText(text, LabeledText.OUT_OF_SCOPE)));
        return samples;
    }
}
