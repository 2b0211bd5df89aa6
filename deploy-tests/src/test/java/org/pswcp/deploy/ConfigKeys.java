package org.pswcp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The config keys a service really has, so that every environment variable the manifests set can be checked against
 * them. A key counts when it is
 * <ol>
 * <li>in the service's application.properties or the service kit's microprofile-config.properties (what a deployment
 * overrides: the datasource, the OIDC server, Kafka's bootstrap servers, ...);
 * <li>a member of a {@code @ConfigMapping} interface in the service's or the kit's sources, named as SmallRye names it
 * (prefix, then each method in kebab case; a {@code Map} member takes any sub-key);
 * <li>or {@code kafka.} followed by a Kafka client setting that kafka-clients itself declares: Quarkus hands every
 * {@code KAFKA_*} variable to all Kafka channels as a client setting.
 * </ol>
 * Anything else fails, on purpose: a Quarkus key that the services do not set today (say
 * {@code quarkus.oidc.token.issuer}) is added to application.properties with a production-safe default first, where the
 * team reviews it, and then the manifests may override it. Environment names are the MicroProfile Config mapping of a
 * key: each character other than a letter or digit becomes {@code _}, then upper case
 * ({@code quarkus.datasource.jdbc.url} is {@code QUARKUS_DATASOURCE_JDBC_URL}).
 */
final class ConfigKeys {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern MEMBER = Pattern
            .compile(
                    "(?:@WithName\\(\"([^\"]+)\"\\)\\s*)?(?:@\\w+(?:\\([^)]*\\))?\\s*)*([\\w.<>, ?]+?)\\s+(\\w+)\\(\\)\\s*;");

    private final Set<String> keys;
    private final Set<String> mapPrefixes;

    private ConfigKeys(Set<String> keys, Set<String> mapPrefixes) {
        this.keys = keys;
        this.mapPrefixes = mapPrefixes;
    }

    static ConfigKeys of(String service) {
        Set<String> keys = new TreeSet<>();
        Set<String> mapPrefixes = new TreeSet<>();
        Stream.of(Repo.applicationProperties(service), Repo.kitProperties())
                .flatMap(p -> p.stringPropertyNames().stream())
                .map(ConfigKeys::withoutProfile)
                .forEach(keys::add);
        for (String module : List.of(service, "service-kit")) {
            configMappings(Repo.path(module + "/src/main/java"), keys, mapPrefixes);
        }
        Stream.of(ProducerConfig.configNames(), ConsumerConfig.configNames(), AdminClientConfig.configNames())
                .flatMap(Set::stream)
                .map(name -> "kafka." + name)
                .forEach(keys::add);
        return new ConfigKeys(keys, mapPrefixes);
    }

    static String env(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** Whether the environment variable sets a config key of the service. */
    boolean knows(String envName) {
        return keys.stream().anyMatch(k -> env(k).equals(envName))
                || mapPrefixes.stream()
                        .anyMatch(p -> envName.startsWith(env(p) + "_") && envName.length() > env(p).length() + 1);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static void configMappings(Path sources, Set<String> keys, Set<String> mapPrefixes) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = withoutComments(Files.readString(file));
                Matcher mapping = MAPPING.matcher(source);
                if (mapping.find()) {
                    Matcher root = INTERFACE.matcher(source);
                    if (!root.find(mapping.end())) {
                        throw new IllegalStateException(file + ": @ConfigMapping on something other than an interface");
                    }
                    collect(mapping.group(1), root.group(1), interfaces(source), keys, mapPrefixes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each interface of the file with its members (name in config to return type). */
    private static Map<String, Map<String, String>> interfaces(String source) {
        Map<String, Map<String, String>> interfaces = new HashMap<>();
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        int depth = 0;
        int statementStart = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                Matcher header = INTERFACE.matcher(source.substring(statementStart, i + 1));
                if (header.find()) {
                    open.push(header.group(1));
                    depths.push(depth);
                    interfaces.put(header.group(1), new HashMap<>());
                }
                depth++;
                statementStart = i + 1;
            } else if (c == '}') {
                depth--;
                if (!depths.isEmpty() && depths.peek() == depth) {
                    depths.pop();
                    open.pop();
                }
                statementStart = i + 1;
            } else if (c == ';') {
                Matcher member = MEMBER.matcher(source.substring(statementStart, i + 1).strip());
                if (!open.isEmpty() && depths.peek() == depth - 1 && member.matches()) {
                    String name = member.group(1) != null ? member.group(1) : kebab(member.group(3));
                    interfaces.get(open.peek()).put(name, member.group(2).strip());
                }
                statementStart = i + 1;
            }
        }
        return interfaces;
    }

    private static void collect(String prefix, String type, Map<String, Map<String, String>> interfaces,
            Set<String> keys,
            Set<String> mapPrefixes) {
        interfaces.get(type).forEach((name, returnType) -> {
            String key = prefix + "." + name;
            if (interfaces.containsKey(returnType)) {
                collect(key, returnType, interfaces, keys, mapPrefixes);
            } else if (returnType.startsWith("Map<")) {
                mapPrefixes.add(key);
            } else {
                keys.add(key);
            }
        });
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
