package dev.tact.intents.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a domain from its files (see {@code intents/DOMAIN-FORMAT.md}) and checks all of it: a domain with any
 * problem is refused with an {@link InvalidDomainException} that lists every problem with its file and line.
 */
public final class DomainLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DomainLoader.class);
    private static final List<String> DOMAIN_KEYS = List.of("name", "description", "decline");

    private DomainLoader() {
    }

    /** Loads the domain in a directory (of the default file system, or of a jar opened as a file system). */
    public static Domain load(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        if (!Files.isDirectory(directory)) {
            throw new InvalidDomainException(List.of(new DomainProblem(directory.toString(), 0,
                    Files.exists(directory) ? "not a directory" : "the domain directory does not exist")));
        }
        long start = System.nanoTime();
        ProblemLog log = new ProblemLog();
        DomainFiles files = DomainFiles.read(directory, log);
        Optional<Header> header = header(files.domainFile(), log);

        DomainAssembler assembler = new DomainAssembler(log);
        boolean allIntentFilesRead = true;
        for (SourceFile file : files.intentFiles()) {
            Optional<List<LocatedIntent>> intents = IntentFileReader.read(file, log);
            intents.ifPresent(located -> located.forEach(assembler::addIntent));
            allIntentFilesRead &= intents.isPresent();
        }
        boolean allExampleFilesRead = true;
        for (SourceFile file : files.exampleFiles()) {
            Optional<List<ExampleRow>> rows = ExampleFileReader.read(file, log);
            boolean reportUnknownLabels = allIntentFilesRead;
            rows.ifPresent(examples -> examples.forEach(row -> assembler.addExample(row, reportUnknownLabels)));
            allExampleFilesRead &= rows.isPresent();
        }
        List<IntentDefinition> intents = assembler.intents(allExampleFilesRead);
        if (intents.isEmpty() && allIntentFilesRead) {
            log.add("intents/", 0, "the domain has no intents: add YAML lists of intents as intents/*.yml");
        }
        log.throwIfAny(files.all().stream().map(SourceFile::path).toList());

        Domain domain = new Domain(header.orElseThrow().name(), intents, assembler.outOfScope(), files.fingerprint(),
                header.orElseThrow().decline());
        LOG.debug("Loaded domain {} from {}: {} intents, {} out-of-scope examples, in {} ms", domain.name(),
                directory, intents.size(), domain.outOfScope().size(), (System.nanoTime() - start) / 1_000_000);
        return domain;
    }

    /** Loads a domain bundled with the application as classpath resources under {@code domains/<name>/}. */
    public static Domain bundled(String name) {
        return bundled(name, DomainLoader.class.getClassLoader());
    }

    /**
     * Loads a domain bundled as resources under {@code domains/<name>/} of a class loader, from a directory or
     * from a jar.
     */
    public static Domain bundled(String name, ClassLoader loader) {
        return BundledDomains.load(name, loader);
    }

    /** What domain.yml says: the domain's name and what the bot says to an off-topic request (may be empty). */
    private record Header(String name, String decline) {
    }

    private static Optional<Header> header(Optional<SourceFile> domainFile, ProblemLog log) {
        if (domainFile.isEmpty()) {
            log.add(DomainFiles.DOMAIN_FILE, 0, "missing: a domain needs a domain.yml with its name");
            return Optional.empty();
        }
        YamlFields yaml = new YamlFields(DomainFiles.DOMAIN_FILE, log);
        Optional<Node> root = yaml.parse(domainFile.get(), "name and description");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode map)) {
            yaml.problem(root.get(), "expected a map with name and description");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = yaml.entries(map, DOMAIN_KEYS, "domain.yml");
        Optional.ofNullable(entries.get("description")).ifPresent(entry ->
                yaml.text("description", entry.getValueNode()));
        if (!entries.containsKey("name")) {
            yaml.problem(map, "'name' is missing");
            return Optional.empty();
        }
        String decline = Optional.ofNullable(entries.get("decline"))
                .flatMap(entry -> yaml.text("decline", entry.getValueNode())).orElse("");
        return yaml.text("name", entries.get("name").getValueNode()).map(name -> new Header(name, decline));
    }
}
