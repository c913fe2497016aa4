package dev.tact.intents.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of DOMAIN-FORMAT.md, each on a valid domain spoiled in one place. */
class DomainLoaderValidationTest {

    @TempDir
    java.nio.file.Path dir;

    private DomainFixture domain;

    @BeforeEach
    void writeValidDomain() {
        domain = DomainFixture.valid(dir);
        assertThat(domain.load().intents()).hasSize(1);
    }

    @Test
    void loadWhenTheDirectoryIsMissingSaysSo() {
        assertThatThrownBy(() -> DomainLoader.load(dir.resolve("nowhere")))
                .isInstanceOfSatisfying(InvalidDomainException.class, e -> assertThat(e.problems())
                        .singleElement().hasToString(dir.resolve("nowhere") + ": the domain directory does not exist"));
    }

    @Test
    void loadWhenDomainYmlIsMissing() {
        domain.delete("domain.yml");

        domain.assertProblems("domain.yml: missing");
    }

    @Test
    void loadWhenTheDomainHasNoNameOrAnUnknownKey() {
        domain.file("domain.yml", "description: A shop.\nnmae: shop\n");

        domain.assertProblems("domain.yml:1: 'name' is missing", "domain.yml:2: unknown key 'nmae' in domain.yml");
    }

    @Test
    void loadWhenTheDomainNameIsEmpty() {
        domain.file("domain.yml", "# the shop\nname:\n");

        domain.assertProblems("domain.yml:2: 'name' must not be empty");
    }

    @Test
    void loadWhenATitleIsTooLongOrAnOfferCannotApply() {
        domain.file("intents/bad.yml", """
                - name: refund
                  title: A title far too long for a button
                  examples: [a, b, c, d, e]
                  responses: [We refund within 14 days.]
                - name: dispute
                  examples: [f, g, h, i, j]
                  handoff:
                    always_human: true
                    offer: Want someone to look at it?
                """);

        domain.assertProblems("intents/bad.yml:2: 'title' has at most 24 characters (a choice button), not 33",
                "intents/bad.yml:9: an always-human or sensitive intent goes to a person anyway");
    }

    @Test
    void loadWhenAnIntentHasUnknownOrRepeatedKeys() {
        domain.file("intents/bad.yml", """
                - name: refund
                  exampels: [a, b, c, d, e]
                  examples: [a, b, c, d, e]
                  responses: [We refund within 14 days.]
                  handoff:
                    always_humans: true
                  examples: [f]
                """);

        domain.assertProblems("intents/bad.yml:2: unknown key 'exampels' in an intent (known keys: name, "
                        + "title, description, examples, responses, handoff, team)",
                "intents/bad.yml:6: unknown key 'always_humans' in handoff",
                "intents/bad.yml:7: key 'examples' appears twice in an intent (first at line 3)");
    }

    @Test
    void loadWhenAnIntentIsDefinedTwiceNamesBothPlaces() {
        domain.file("intents/more.yml", valid("refund") + """

                - name: greeting
                  examples: [yo, howdy, hiya, greetings, salut]
                  responses: [Hi!]
                """);

        domain.assertProblems(
                "intents/more.yml:5: intent 'greeting' is defined twice (first at intents/base.yml:1)");
    }

    @Test
    void loadWhenNamesAreMissingInvalidOrReserved() {
        domain.file("intents/bad.yml", """
                - description: no name
                  responses: [r]
                - name: Card-Arrival
                  responses: [r]
                - name: oos
                  responses: [r]
                - name: [a, list]
                  responses: [r]
                """);

        domain.assertProblems("intents/bad.yml:1: the intent has no 'name'",
                "intents/bad.yml:3: invalid name 'Card-Arrival'",
                "intents/bad.yml:5: the name 'oos' is reserved",
                "intents/bad.yml:7: 'name' must be a text");
    }

    @Test
    void loadWhenListsHoldSomethingOtherThanTexts() {
        domain.file("intents/bad.yml", """
                - name: refund
                  examples:
                    - a
                    - ""
                    - {text: b}
                    - c
                    - d
                    - ~
                    - e
                    - f
                  responses: We refund within 14 days.
                  description: [not, a, text]
                """);

        domain.assertProblems("intents/bad.yml:4: an item of 'examples' is empty",
                "intents/bad.yml:5: each item of 'examples' must be a text",
                "intents/bad.yml:8: an item of 'examples' is empty",
                "intents/bad.yml:11: 'responses' must be a list of texts",
                "intents/bad.yml:12: 'description' must be a text");
    }

    @Test
    void loadWhenHandoffValuesHaveTheWrongType() {
        domain.file("intents/bad.yml", valid("refund") + """
                  handoff:
                    always_human: maybe
                    never_human: 1
                    min_confidence: high
                """ + valid("complaint") + "  handoff: always\n");

        domain.assertProblems("intents/bad.yml:5: 'always_human' must be true or false",
                "intents/bad.yml:6: 'never_human' must be true or false",
                "intents/bad.yml:7: 'min_confidence' must be a number",
                "intents/bad.yml:11: 'handoff' must be a map with always_human, never_human, min_confidence");
    }

    @Test
    void loadWhenMinConfidenceIsOutsideZeroToOne() {
        domain.file("intents/bad.yml", valid("refund") + "  handoff: {min_confidence: 1.5}\n"
                + valid("complaint") + "  handoff:\n    min_confidence: -0.1\n"
                + valid("balance") + "  handoff: {min_confidence: 1, always_human: yes}\n");

        domain.assertProblems("intents/bad.yml:4: 'min_confidence' must be within 0..1, not 1.5",
                "intents/bad.yml:9: 'min_confidence' must be within 0..1, not -0.1");
        assertThat(domain.delete("intents/bad.yml").load().intents()).hasSize(1);
    }

    @Test
    void loadSensitiveIntentIsAlwaysHumanAndNeedsNoResponse() {
        domain.file("intents/s.yml", withExamples("bereavement") + """
                  handoff:
                    sensitive: true
                """);
        var handoff = domain.load().intent("bereavement").orElseThrow().handoff();
        assertThat(handoff.sensitive()).isTrue();
        assertThat(handoff.alwaysHuman()).isTrue();
    }

    @Test
    void loadSensitiveIntentMayGoBeforeTheOthersWithAPriority() {
        domain.file("intents/s.yml", withExamples("self_harm") + """
                  handoff:
                    sensitive: true
                    priority: 100
                """);
        assertThat(domain.load().intent("self_harm").orElseThrow().handoff().priority()).hasValue(100);
    }

    @Test
    void loadWhenAPriorityIsNotForASensitiveIntentOrOutsideZeroToHundred() {
        domain.file("intents/bad.yml", valid("refund") + "  handoff: {priority: 90}\n"
                + withExamples("abuse") + "  handoff: {sensitive: true, priority: 101}\n");

        domain.assertProblems("intents/bad.yml:4: priority is the queue priority of a sensitive situation: set "
                        + "sensitive: true too",
                "intents/bad.yml:7: 'priority' must be a whole number within 0..100, not 101");
    }

    @Test
    void loadWhenSensitiveAndNeverHumanAreBothTrue() {
        domain.file("intents/bad.yml", valid("refund") + """
                  handoff:
                    sensitive: true
                    never_human: true
                """);

        domain.assertProblems("intents/bad.yml:6: never_human cannot be true with always_human or sensitive");
    }

    @Test
    void loadWhenAlwaysAndNeverHumanAreBothTrue() {
        domain.file("intents/bad.yml", valid("refund") + """
                  handoff:
                    always_human: true
                    never_human: true
                """);

        domain.assertProblems("intents/bad.yml:6: never_human cannot be true with always_human or sensitive");
    }

    @Test
    void loadWhenResponsesAreMissingUnlessAlwaysHuman() {
        domain.file("intents/bad.yml", withExamples("refund")
                + withExamples("complaint") + "  responses: []\n"
                + withExamples("balance") + "  handoff: {always_human: true}\n");

        domain.assertProblems("intents/bad.yml:1: the intent has no responses",
                "intents/bad.yml:5: the intent has no responses");
    }

    @Test
    void loadWhenAnIntentHasFewerThanFiveDistinctExamples() {
        domain.file("intents/bad.yml", """
                - name: refund
                  examples: [a, b, c, " a ", b]
                  responses: [r]
                - name: complaint
                  examples: [a, b]
                  responses: [r]
                """).file("examples/more.csv", "text,label\nc,complaint\nd,complaint\nd ,complaint\n");

        domain.assertProblems("intents/bad.yml:1: intent 'refund' has 3 distinct example(s); it needs at least 5",
                "intents/bad.yml:4: intent 'complaint' has 4 distinct example(s)");
    }

    @Test
    void loadWhenTheCsvHeaderIsWrong() {
        domain.file("examples/a.csv", "label,text\ngreeting,hello\n")
                .file("examples/b.csv", "text\nhello\n")
                .file("examples/c.csv", "\n\n");

        domain.assertProblems("examples/a.csv:1: the header must be text,label, not label,text",
                "examples/b.csv:1: the header must be text,label, not text",
                "examples/c.csv: the file is empty");
    }

    @Test
    void loadWhenCsvRowsAreMalformedReportsTheirLines() {
        domain.file("examples/more.csv", """
                text,label
                "a text over
                two lines",greeting
                three,fields,here
                lonely
                "   ",greeting
                hello again,
                hello again,greetings
                """);

        domain.assertProblems("examples/more.csv:4: expected 2 fields (text,label) but found 3",
                "examples/more.csv:5: expected 2 fields (text,label) but found 1",
                "examples/more.csv:6: the text is empty",
                "examples/more.csv:7: the label is empty",
                "examples/more.csv:8: unknown label 'greetings'");
    }

    @Test
    void loadWhenCsvIsNotWellFormedDoesNotCountExamples() {
        domain.file("intents/base.yml", """
                - name: greeting
                  examples: [hello]
                  responses: [Hello!]
                """).file("examples/more.csv", "text,label\nhi,greeting\n\"hey\" there,greeting\n");

        domain.assertProblems("examples/more.csv:3: not valid CSV: text after a closing quote");
    }

    @Test
    void loadWhenYamlIsNotValidReportsItsLineAndNoUnknownLabels() {
        domain.file("intents/more.yml", """
                - name: refund
                  examples: [a, b, c, d, e
                  responses: [r]
                """).file("examples/more.csv", "text,label\nmoney back,refund\n");

        assertThat(domain.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("intents/more.yml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void loadWhenAFileIsNotAListOrAnItemIsNotAMap() {
        domain.file("intents/a.yml", "# refunds\nname: refund\nexamples: [a, b, c, d, e]\n")
                .file("intents/b.yml", valid("complaint") + "- refund\n")
                .file("intents/c.yml", "# nothing yet\n")
                .file("domain.yml", "- name: shop\n");

        domain.assertProblems("domain.yml:1: expected a map with name and description",
                "intents/a.yml:2: expected a YAML list of intents",
                "intents/b.yml:4: an intent must be a map",
                "intents/c.yml: the file is empty");
    }

    @Test
    void loadWhenTheDomainHasNoIntents() {
        domain.file("intents/base.yml", "[]\n");

        domain.assertProblems("intents/: the domain has no intents");
    }

    @Test
    void loadAcceptsAByteOrderMarkAndCrLfLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        domain.bytes("examples/more.csv", concat(bom, "TEXT,Label\r\nhowdy,greeting\r\nbye,oos\r\n"))
                .bytes("domain.yml", concat(bom, "name: shop\r\n"));

        Domain loaded = domain.load();

        assertThat(loaded.name()).isEqualTo("shop");
        assertThat(loaded.intent("greeting").orElseThrow().examples()).contains("howdy");
        assertThat(loaded.outOfScope()).containsExactly("bye");
    }

    @Test
    void loadReportsEveryProblemByFileThenLine() {
        domain.file("domain.yml", "name: shop\nowner: me\n")
                .file("intents/a.yml", """
                        - name: refund
                          examples: [a, b, c, d, e]
                          handoff: {always_human: true, never_human: true}
                        - name: Bad
                          examples: [a, b, c, d, e]
                          responses: [r]
                        """)
                .file("intents/b.yml", valid("refund") + """
                          colour: blue
                        - name: complaint
                          examples: [a]
                          responses: [r]
                        """)
                .file("examples/z.csv", "text,label\nx,nobody\ny,complaint\n")
                .file("examples/a.csv", "text,label\n,refund\n");

        domain.assertProblems("domain.yml:2: unknown key 'owner'",
                "intents/a.yml:3: never_human cannot be true with always_human or sensitive",
                "intents/a.yml:4: invalid name 'Bad'",
                "intents/b.yml:1: intent 'refund' is defined twice (first at intents/a.yml:1)",
                "intents/b.yml:4: unknown key 'colour'",
                "intents/b.yml:5: intent 'complaint' has 2 distinct example(s)",
                "examples/a.csv:2: the text is empty",
                "examples/z.csv:2: unknown label 'nobody'");
    }

    /** A valid intent in three lines, to which a test appends the keys it is about. */
    private static String valid(String name) {
        return withExamples(name) + "  responses: [r]\n";
    }

    /** An intent's name and five examples, in two lines. */
    private static String withExamples(String name) {
        return "- name: " + name + "\n  examples: [a, b, c, d, e]\n";
    }

    private static byte[] concat(byte[] prefix, String text) {
        byte[] suffix = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(suffix, 0, all, prefix.length, suffix.length);
        return all;
    }
}
