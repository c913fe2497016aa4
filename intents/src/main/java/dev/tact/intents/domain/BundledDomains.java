package dev.tact.intents.domain;

import dev.tact.intents.IntentsException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds a domain bundled as classpath resources under {@code domains/<name>/}: in a directory (tests, the IDE)
 * or in a jar (the packaged application). A jar is opened as a file system of its own for the time of loading,
 * so that the directory logic serves both and no shared, registered file system is left open.
 */
final class BundledDomains {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private BundledDomains() {
    }

    static Domain load(String name, ClassLoader loader) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(loader, "loader must not be null");
        String folder = "domains/" + name;
        if (!NAME.matcher(name).matches()) {
            throw new InvalidDomainException(List.of(new DomainProblem(folder, 0,
                    "'" + name + "' is not a bundled domain's name (letters, digits, '_' and '-')")));
        }
        URL url = loader.getResource(folder + "/" + DomainFiles.DOMAIN_FILE);
        if (url == null) {
            throw new InvalidDomainException(List.of(new DomainProblem(folder, 0, "no bundled domain named '"
                    + name + "': " + folder + "/" + DomainFiles.DOMAIN_FILE + " is not on the classpath")));
        }
        URI uri = toUri(url);
        return switch (url.getProtocol()) {
            case "file" -> DomainLoader.load(Path.of(uri).getParent());
            case "jar" -> loadFromJar(uri, folder);
            default -> throw new IntentsException("cannot load the bundled domain '" + name + "' from " + url
                    + ": only directories and jars are supported");
        };
    }

    /** Loads from {@code jar:file:/…/app.jar!/domains/<name>/domain.yml}. */
    private static Domain loadFromJar(URI resource, String folder) {
        String spec = resource.getRawSchemeSpecificPart();
        int separator = spec.indexOf("!/");
        URI jar = URI.create(separator < 0 ? spec : spec.substring(0, separator));
        if (!"file".equals(jar.getScheme())) {
            throw new IntentsException("cannot load a bundled domain from " + resource + ": not a jar file on disk");
        }
        try (FileSystem jarFiles = FileSystems.newFileSystem(Path.of(jar))) {
            return DomainLoader.load(jarFiles.getPath(folder));
        } catch (IOException e) {
            throw new IntentsException("cannot open " + jar + " to load the bundled domain in " + folder, e);
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IntentsException("cannot load a bundled domain from " + url, e);
        }
    }
}
