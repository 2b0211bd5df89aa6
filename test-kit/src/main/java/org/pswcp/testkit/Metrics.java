package org.pswcp.testkit;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the service under test exports at {@code /q/metrics}, read as Prometheus text, and what
 * {@code deploy/base/monitoring/exported-metrics.txt} says each exporter must export for the alerts and dashboards.
 */
public final class Metrics {

    private static final Path EXPORTED = Path.of("../deploy/base/monitoring/exported-metrics.txt");

    private Metrics() {
    }

    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The names of the samples exported now. */
    public static Set<String> names() {
        return scrape().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    /** The sample lines of one metric. */
    public static List<String> lines(String name) {
        return scrape().lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).toList();
    }

    /** The sum of the metric's samples whose labels contain {@code labels} ("" for all); 0 when there are none yet. */
    public static double value(String name, String labels) {
        return lines(name).stream().filter(l -> l.contains(labels)).mapToDouble(Metrics::sample).sum();
    }

    /** The metrics exported-metrics.txt lists for one exporter (a service, or the kit's sample application). */
    public static Set<String> exportedBy(String exporter) {
        try {
            return Files.readAllLines(EXPORTED).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+")).filter(parts -> parts[1].equals(exporter)).map(parts -> parts[0])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample's value: after the name and labels, before any exemplar ({@code # {trace_id=...} 1.0 1.7E9}). */
    private static double sample(String line) {
        int nameEnd = line.split("[{ ]", 2)[0].length();
        String rest = line.charAt(nameEnd) == '{' ? line.substring(line.indexOf('}') + 1) : line.substring(nameEnd);
        return Double.parseDouble(rest.strip().split("\\s+")[0]);
    }
}
