package org.pswcp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * The operators' own CustomResourceDefinitions, vendored under {@code src/test/resources/crds/} (see the README there),
 * as JSON Schemas that a custom resource is validated against offline, as strictly as
 * {@code kubectl apply --validate=strict}: the API server prunes or (strict) rejects a field that a structural schema
 * does not list, so every object schema with {@code properties} is closed here ({@code additionalProperties: false})
 * unless it says {@code x-kubernetes-preserve-unknown-fields}. {@code metadata}, which CRDs leave open, is read into
 * fabric8's {@link ObjectMeta} by {@link StrictModel}.
 */
final class CrdSchemas {

    static final Path FOLDER = Repo.path("deploy-tests/src/test/resources/crds");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final Map<String, JsonSchema> SCHEMAS = load();

    private CrdSchemas() {
    }

    /** The {@code apiVersion/kind} keys that a vendored CRD serves, e.g. {@code kafka.strimzi.io/v1/Kafka}. */
    static Set<String> kinds() {
        return SCHEMAS.keySet();
    }

    static boolean covers(JsonNode document) {
        return SCHEMAS.containsKey(key(document));
    }

    /** What is wrong with the custom resource, by its CRD's schema; empty when it validates. */
    static List<String> problems(JsonNode document) {
        String key = key(document);
        JsonSchema schema = SCHEMAS.get(key);
        String name = key + " " + StrictModel.name(document);
        if (schema == null) {
            return List.of(name + ": no vendored CRD serves " + key + " (vendored: " + SCHEMAS.keySet() + ")");
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            problems.add(name + ": " + message.getMessage());
        }
        try {
            StrictModel.JSON.treeToValue(document.path("metadata"), ObjectMeta.class);
        } catch (IOException e) {
            problems.add(name + ": metadata: " + e.getMessage());
        }
        return problems;
    }

    private static String key(JsonNode document) {
        return document.path("apiVersion").asText() + "/" + document.path("kind").asText();
    }

    private static Map<String, JsonSchema> load() {
        Map<String, JsonSchema> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                for (JsonNode crd : StrictModel.documents(Files.readString(file))) {
                    if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                        continue;
                    }
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode version : crd.path("spec").path("versions")) {
                        JsonNode schema = version.path("schema").path("openAPIV3Schema");
                        if (version.path("served").asBoolean() && schema.isObject()) {
                            schemas.put(group + "/" + version.path("name").asText() + "/" + kind,
                                    FACTORY.getSchema(closed(withObjectFields((ObjectNode) schema.deepCopy()))));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("no CustomResourceDefinition under " + FOLDER);
        }
        return Map.copyOf(schemas);
    }

    /**
     * The root with apiVersion, kind and metadata, which the API server allows on every object whether or not the CRD
     * lists them (the Keycloak operator's CRDs list only spec and status).
     */
    private static ObjectNode withObjectFields(ObjectNode root) {
        ObjectNode properties = root.has("properties")
                ? (ObjectNode) root.get("properties")
                : root.putObject("properties");
        for (String field : List.of("apiVersion", "kind")) {
            if (!properties.has(field)) {
                properties.putObject(field).put("type", "string");
            }
        }
        if (!properties.has("metadata")) {
            properties.putObject("metadata").put("type", "object");
        }
        return root;
    }

    /** The schema with every listed object closed to fields it does not list, as a structural schema is. */
    private static JsonNode closed(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode node = (ObjectNode) schema;
        boolean preserves = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !preserves) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(CrdSchemas::closed);
        closed(node.path("items"));
        closed(node.path("additionalProperties"));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(CrdSchemas::closed);
        }
        closed(node.path("not"));
        return schema;
    }
}
