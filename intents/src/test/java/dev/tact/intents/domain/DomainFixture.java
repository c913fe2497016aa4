package dev.tact.intents.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Writes a domain's files into a directory, for tests that read them back with {@link DomainLoader}. */
final class DomainFixture {

    /** A valid domain with one intent, to which a test adds the files it is about. */
    static final String DOMAIN_YML = "name: shop\n";
    static final String BASE_INTENTS = """
            - name: greeting
              examples: [hello, hi, hey, good morning, good evening]
              responses: [Hello!]
            """;

    private final Path directory;

    DomainFixture(Path directory) {
        this.directory = directory;
    }

    /** A fixture that already holds {@link #DOMAIN_YML} and {@link #BASE_INTENTS} as intents/base.yml. */
    static DomainFixture valid(Path directory) {
        return new DomainFixture(directory).file("domain.yml", DOMAIN_YML).file("intents/base.yml", BASE_INTENTS);
    }

    DomainFixture file(String relativePath, String content) {
        return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    DomainFixture bytes(String relativePath, byte[] content) {
        try {
            Path file = directory.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DomainFixture delete(String relativePath) {
        try {
            Files.delete(directory.resolve(relativePath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    Domain load() {
        return DomainLoader.load(directory);
    }

    /** Loads the domain, which must fail, and returns the problems reported. */
    List<DomainProblem> problems() {
        InvalidDomainException e = catchThrowableOfType(InvalidDomainException.class, this::load);
        assertThat(e).as("loading must fail").isNotNull();
        return e.problems();
    }

    /**
     * Asserts that loading reports exactly these problems, in this order, each given as the start of its
     * {@code file:line: message} form.
     */
    void assertProblems(String... expected) {
        List<String> actual = problems().stream().map(DomainProblem::toString).toList();
        assertThat(actual).as("problems").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("problem %d of %s", i + 1, actual).startsWith(expected[i]);
        }
    }
}
