package dev.tact.intents.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainLoaderTest {

    private static final String CARDS = """
            - name: card_arrival
              description: A new card has not arrived yet.
              examples:
                - where is my new card
                - "  my card still hasn't come  "
                - where is my new card
              responses:
                - >-
                  New cards usually arrive
                  within a few working days.
              team: cards

            - name: lost_card
              examples: [i lost my card, my card is gone, card stolen, someone took my card, cannot find my card]
              handoff:
                always_human: true
              team: cards
            """;
    private static final String TRANSFERS = """
            - name: transfer_fee
              examples:
                - how much is a transfer
                - yes
              responses:
                - Transfers within the country are free.
                - Domestic transfers cost nothing.
              handoff:
                never_human: true
                min_confidence: 0.75
            """;
    private static final String EXAMPLES = """
            Text,Label
            when will my card arrive,card_arrival
            "card, not here yet",card_arrival
             my card still hasn't come ,card_arrival
            still waiting for the card,card_arrival
            what does a transfer cost,transfer_fee
            fee for sending money,transfer_fee
            is a transfer free,transfer_fee
            what's the weather,oos
            tell me a joke,oos
            what's the weather,oos
            zebra crossing,oos
            apple pie,oos
            """;

    @TempDir
    Path dir;

    private DomainFixture banking() {
        return new DomainFixture(dir)
                .file("domain.yml", "name: banking\ndescription: Customer care of a retail bank.\n")
                .file("intents/cards.yml", CARDS)
                .file("intents/transfers.yml", TRANSFERS)
                .file("examples/more.csv", EXAMPLES);
    }

    @Test
    void loadReadsIntentsExamplesAndOverrides() {
        Domain domain = banking().load();

        assertThat(domain.name()).isEqualTo("banking");
        assertThat(domain.intents()).extracting(IntentDefinition::name)
                .containsExactly("card_arrival", "lost_card", "transfer_fee");
        IntentDefinition arrival = domain.intent("card_arrival").orElseThrow();
        assertThat(arrival.description()).isEqualTo("A new card has not arrived yet.");
        assertThat(arrival.examples()).containsExactly("where is my new card", "my card still hasn't come",
                "when will my card arrive", "card, not here yet", "still waiting for the card");
        assertThat(arrival.responses()).containsExactly("New cards usually arrive within a few working days.");
        assertThat(arrival.handoff()).isEqualTo(HandoffOverrides.NONE);
        assertThat(arrival.team()).isEqualTo("cards");

        IntentDefinition lost = domain.intent("lost_card").orElseThrow();
        assertThat(lost.responses()).isEmpty();
        assertThat(lost.handoff()).isEqualTo(new HandoffOverrides(true, false, OptionalDouble.empty()));
        assertThat(lost.description()).isEmpty();

        IntentDefinition fee = domain.intent("transfer_fee").orElseThrow();
        assertThat(fee.examples()).containsExactly("how much is a transfer", "yes", "what does a transfer cost",
                "fee for sending money", "is a transfer free");
        assertThat(fee.responses()).hasSize(2);
        assertThat(fee.handoff()).isEqualTo(new HandoffOverrides(false, true, OptionalDouble.of(0.75)));
        assertThat(fee.team()).isEmpty();

        assertThat(domain.outOfScope()).containsExactly("what's the weather", "tell me a joke", "zebra crossing",
                "apple pie");
        assertThat(domain.samples()).hasSize(5 + 5 + 5 + 4);
        assertThat(domain.fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void loadIgnoresFilesOutsideTheFormat() {
        String before = banking().load().fingerprint();

        Domain domain = banking().file("README.md", "notes").file("intents/notes.txt", "- not: read")
                .file("intents/.draft.yml", "not: [valid").file("examples/old.csv.bak", "x")
                .file("intents/sub/more.yml", "- name: nested").load();

        assertThat(domain.intents()).hasSize(3);
        assertThat(domain.fingerprint()).isEqualTo(before);
    }

    @Test
    void loadReadsIntentFilesInFileNameOrder() {
        Domain domain = banking().file("intents/a_first.yml", """
                - name: zebra
                  examples: [one, two, three, four, five]
                  responses: [z]
                """).load();

        assertThat(domain.intents()).extracting(IntentDefinition::name)
                .containsExactly("zebra", "card_arrival", "lost_card", "transfer_fee");
    }

    @Test
    void fingerprintIsStableAcrossLoads() {
        DomainFixture fixture = banking();

        assertThat(fixture.load().fingerprint()).isEqualTo(fixture.load().fingerprint());
    }

    @Test
    void fingerprintChangesWhenAFileChangesIsAddedOrRenamed() {
        DomainFixture fixture = banking();
        String original = fixture.load().fingerprint();

        String edited = fixture.file("examples/more.csv", EXAMPLES + "another joke,oos\n").load().fingerprint();
        String added = fixture.file("examples/extra.csv", "text,label\n").load().fingerprint();
        String renamed = fixture.delete("examples/extra.csv").file("examples/extra2.csv", "text,label\n")
                .load().fingerprint();
        String restored = fixture.delete("examples/extra2.csv").file("examples/more.csv", EXAMPLES)
                .load().fingerprint();

        assertThat(List.of(original, edited, added, renamed)).doesNotHaveDuplicates();
        assertThat(restored).isEqualTo(original);
    }

    @Test
    void bundledLoadsFromADirectoryOnTheClasspath() {
        Domain domain = DomainLoader.bundled("tiny");

        assertTiny(domain);
    }

    @Test
    void bundledLoadsFromAJar() throws IOException {
        Path jar = dir.resolve("a folder with spaces").resolve("app.jar");
        Files.createDirectories(jar.getParent());
        Path tiny = Path.of("src/test/resources/domains/tiny");
        writeJar(jar, tiny, "domains/tiny/");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("domains/tiny/domain.yml").getProtocol()).isEqualTo("jar");
            Domain domain = DomainLoader.bundled("tiny", loader);

            assertTiny(domain);
            assertThat(domain.fingerprint()).isEqualTo(DomainLoader.load(tiny).fingerprint());
            assertThat(DomainLoader.bundled("tiny", loader)).isEqualTo(domain);
        }
    }

    @Test
    void bundledWhenTheJarDomainIsInvalidReportsRelativeFiles() throws IOException {
        DomainFixture.valid(dir.resolve("src")).file("examples/bad.csv", "text,label\nhello,nobody\n");
        Path jar = dir.resolve("bad.jar");
        writeJar(jar, dir.resolve("src"), "domains/bad/");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> DomainLoader.bundled("bad", loader))
                    .isInstanceOfSatisfying(InvalidDomainException.class, e -> assertThat(e.problems())
                            .extracting(DomainProblem::toString)
                            .containsExactly("examples/bad.csv:2: unknown label 'nobody': no intent has that "
                                    + "name (oos marks an out-of-scope example)"));
        }
    }

    @Test
    void bundledBankingMarksItsSensitiveSituationsAndHandsOverOtherBankingQuestions() {
        Domain banking = DomainLoader.bundled("banking");

        assertThat(banking.intents()).filteredOn(intent -> intent.handoff().sensitive())
                .extracting(IntentDefinition::name)
                .containsExactlyInAnyOrder("bereavement", "illness", "financial_hardship", "scam_victim",
                        "vulnerable_customer", "mental_health", "addiction", "abuse", "self_harm", "complaint",
                        "legal_threat")
                .allSatisfy(name -> assertThat(banking.intent(name).orElseThrow().examples()).hasSizeGreaterThan(70));
        IntentDefinition other = banking.intent("banking_other").orElseThrow();
        assertThat(other.handoff().alwaysHuman()).isTrue();
        assertThat(other.team()).isEqualTo("care");
        assertThat(other.examples()).hasSizeGreaterThan(250);
        assertThat(banking.outOfScope()).hasSizeGreaterThan(900);
    }

    @Test
    void bundledWhenTheNameIsUnknownSaysSo() {
        assertThatThrownBy(() -> DomainLoader.bundled("nowhere"))
                .isInstanceOf(InvalidDomainException.class)
                .hasMessageContaining("no bundled domain named 'nowhere'");
        assertThatThrownBy(() -> DomainLoader.bundled("../tiny"))
                .isInstanceOf(InvalidDomainException.class)
                .hasMessageContaining("not a bundled domain's name");
    }

    private static void assertTiny(Domain domain) {
        assertThat(domain.name()).isEqualTo("tiny");
        assertThat(domain.intents()).extracting(IntentDefinition::name).containsExactly("greeting", "opening_hours");
        assertThat(domain.intent("greeting").orElseThrow().examples())
                .containsExactly("hello", "hi there", "good morning", "hey", "good evening");
        assertThat(domain.intent("opening_hours").orElseThrow().handoff().minConfidence()).hasValue(0.6);
        assertThat(domain.outOfScope()).containsExactly("what is the meaning of life");
    }

    /** Writes every file under {@code source} into a jar under {@code prefix}, with no directory entries. */
    private static void writeJar(Path jar, Path source, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                jarOut.putNextEntry(new JarEntry(prefix + relative));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
    }
}
