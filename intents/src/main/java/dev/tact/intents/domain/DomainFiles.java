package dev.tact.intents.domain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a domain directory that the loader reads, in the order it reads them: {@code domain.yml}, then
 * {@code intents/*.yml} and {@code examples/*.csv}, each sorted by file name. Files whose name starts with a dot
 * are skipped, as a shell's {@code *} would; anything else in the directory is ignored.
 */
record DomainFiles(Optional<SourceFile> domainFile, List<SourceFile> intentFiles, List<SourceFile> exampleFiles) {

    static final String DOMAIN_FILE = "domain.yml";

    DomainFiles {
        intentFiles = List.copyOf(intentFiles);
        exampleFiles = List.copyOf(exampleFiles);
    }

    /** Reads the files; a file that cannot be read is reported and left out. */
    static DomainFiles read(Path directory, ProblemLog log) {
        Path domainYml = directory.resolve(DOMAIN_FILE);
        Optional<SourceFile> domainFile = Files.isRegularFile(domainYml)
                ? readFile(domainYml, DOMAIN_FILE, log) : Optional.empty();
        return new DomainFiles(domainFile, readFolder(directory, "intents", ".yml", log),
                readFolder(directory, "examples", ".csv", log));
    }

    List<SourceFile> all() {
        List<SourceFile> all = new ArrayList<>();
        domainFile.ifPresent(all::add);
        all.addAll(intentFiles);
        all.addAll(exampleFiles);
        return all;
    }

    /**
     * SHA-256 (hex) over every file in reading order, each contributing its relative path and its bytes, so that
     * editing, adding, removing or renaming a file changes it.
     */
    String fingerprint() {
        MessageDigest sha256 = sha256();
        for (SourceFile file : all()) {
            sha256.update(file.path().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(file.bytes().length).array());
            sha256.update(file.bytes());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<SourceFile> readFolder(Path directory, String folder, String extension, ProblemLog log) {
        Path path = directory.resolve(folder);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(path)) {
            files = listing.filter(file -> fileName(file).endsWith(extension) && !fileName(file).startsWith(".")
                            && Files.isRegularFile(file))
                    .sorted(Comparator.comparing(DomainFiles::fileName))
                    .toList();
        } catch (IOException e) {
            log.add(folder + "/", 0, "cannot list the files: " + e);
            return List.of();
        }
        return files.stream().flatMap(file -> readFile(file, folder + "/" + fileName(file), log).stream()).toList();
    }

    private static Optional<SourceFile> readFile(Path file, String relativePath, ProblemLog log) {
        try {
            return Optional.of(new SourceFile(relativePath, Files.readAllBytes(file)));
        } catch (IOException e) {
            log.add(relativePath, 0, "cannot read the file: " + e);
            return Optional.empty();
        }
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
