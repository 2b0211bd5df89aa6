package org.pswcp.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The repository these tests check: its services, their config, and deploy/. */
final class Repo {

    static final List<String> SERVICES = List.of("framework-service", "assessment-service", "supervision-service");
    static final Path ROOT = findRoot();

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's application.properties. */
    static Properties applicationProperties(String service) {
        return properties(service + "/src/main/resources/application.properties");
    }

    /** The service kit's defaults, which every service loads (ordinal 100). */
    static Properties kitProperties() {
        return properties("service-kit/src/main/resources/META-INF/microprofile-config.properties");
    }

    private static Properties properties(String relative) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path(relative))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Path findRoot() {
        String configured = System.getProperty("pswcp.root");
        Path start = configured == null || configured.isBlank()
                ? Path.of("").toAbsolutePath()
                : Path.of(configured).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pswcp")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "cannot find the repository root (a folder with pswcp and deploy/) from " + start);
    }
}
