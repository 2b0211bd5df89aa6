package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks every example in a committed OpenAPI 3.1 contract against the schema it illustrates: examples of schemas and
 * their properties, of parameters, and of request and response bodies (inline or from {@code components/examples}).
 * What integrators copy from the contract, or see in the portal, is then something the schema accepts.
 */
public final class OpenApiExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private OpenApiExamples() {
    }

    /**
     * The examples found and checked; fails naming every example its schema rejects, and every request or response body
     * that has none.
     */
    public static int assertValid(String fileName) {
        JsonNode contract = read(fileName);
        List<String> faults = new ArrayList<>();
        int[] checked = {0};
        JsonNode components = contract.path("components");
        components.path("schemas").fields().forEachRemaining(e -> schema(components,
                "#/components/schemas/" + e.getKey(), e.getValue(), faults, checked));
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode parameter = p.has("$ref") ? contract.at(p.get("$ref").asText().substring(1)) : p;
                if (parameter.has("example")) {
                    check(components, where + " parameter " + parameter.path("name").asText(),
                            parameter.path("schema"), parameter.get("example"), faults, checked);
                }
            });
            content(components, contract, where + " request", op.getValue().path("requestBody").path("content"),
                    faults, checked);
            op.getValue().path("responses").fields().forEachRemaining(r -> content(components, contract,
                    where + " response " + r.getKey(), r.getValue().path("content"), faults, checked));
        }));
        assertThat(faults).as("examples in openapi/%s that their schemas reject", fileName).isEmpty();
        assertThat(checked[0]).as("examples checked in openapi/%s", fileName).isPositive();
        return checked[0];
    }

    private static void content(JsonNode components, JsonNode contract, String where, JsonNode content,
            List<String> faults, int[] checked) {
        content.fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            if (!schema.isMissingNode() && !media.getValue().has("example") && !media.getValue().has("examples")) {
                faults.add(where + " " + media.getKey() + ": a body without an example");
            }
            if (media.getValue().has("example")) {
                check(components, where + " " + media.getKey(), schema, media.getValue().get("example"), faults,
                        checked);
            }
            media.getValue().path("examples").fields().forEachRemaining(named -> {
                JsonNode example = named.getValue().has("$ref")
                        ? contract.at(named.getValue().get("$ref").asText().substring(1))
                        : named.getValue();
                if (example.has("value")) {
                    check(components, where + " " + media.getKey() + " example " + named.getKey(), schema,
                            example.get("value"), faults, checked);
                }
            });
        });
    }

    /** The schema's own examples, then its properties' and items', recursively. */
    private static void schema(JsonNode components, String where, JsonNode schema, List<String> faults,
            int[] checked) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            check(components, where, schema, schema.get("example"), faults, checked);
        }
        schema.path("examples").forEach(example -> check(components, where, schema, example, faults, checked));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        properties.forEachRemaining(p -> schema(components, where + "." + p.getKey(), p.getValue(), faults, checked));
        schema(components, where + "[]", schema.path("items"), faults, checked);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(s -> schema(components, where, s, faults, checked));
        }
    }

    private static void check(JsonNode components, String where, JsonNode schema, JsonNode example,
            List<String> faults, int[] checked) {
        checked[0]++;
        ObjectNode root = schema.isObject() ? schema.deepCopy() : YAML.createObjectNode();
        // The 3.1 dialect: an example sits beside the keywords, not among them.
        root.remove(List.of("example", "examples"));
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", components);
        for (ValidationMessage fault : FACTORY.getSchema(root, CONFIG).validate(example)) {
            faults.add(where + ": " + example + ": " + fault.getMessage());
        }
    }

    private static JsonNode read(String fileName) {
        try {
            return YAML.readTree(Files.readString(OpenApiContract.folder().resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
