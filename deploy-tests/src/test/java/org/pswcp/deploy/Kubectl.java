package org.pswcp.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code kubectl kustomize}, which renders an overlay offline. kubectl is a prerequisite of these tests, like the JDK:
 * when it is missing they fail and say so, rather than skip and let a broken manifest through.
 */
final class Kubectl {

    private final String command;

    Kubectl(String command) {
        this.command = command;
    }

    /** kubectl from the PATH, or the one named by {@code -Dkubectl=/path/to/kubectl}. */
    static Kubectl fromEnvironment() {
        return new Kubectl(System.getProperty("kubectl", "kubectl"));
    }

    /** The overlay (a folder with a kustomization.yaml) rendered to multi-document YAML. */
    String kustomize(Path overlay) {
        String executable = resolve();
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(executable, "kustomize", overlay.toString())
                    .redirectError(stderr.toFile())
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + overlay + " did not finish in 60 s");
            }
            String err = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed:\n" + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String resolve() {
        if (command.contains(File.separator)) {
            if (Files.isExecutable(Path.of(command))) {
                return command;
            }
        } else {
            String path = System.getenv().getOrDefault("PATH", "");
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                    return Path.of(dir, command).toString();
                }
            }
        }
        throw new IllegalStateException("kubectl is missing (looked for '" + command + "'"
                + (command.contains(File.separator) ? "" : " on the PATH")
                + "). These tests render deploy/overlays/* with `kubectl kustomize`, which works offline: install kubectl"
                + " 1.27 or newer (it bundles kustomize v5) or point -Dkubectl= at one.");
    }
}
