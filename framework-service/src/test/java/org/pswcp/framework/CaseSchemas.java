package org.pswcp.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates CASE responses against the standard's service definition and CFPackage schema, as published. */
final class CaseSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final JsonNode DEFINITIONS = read("case/case-v1p0-openapi.json").get("definitions");
    private static final JsonSchema PACKAGE = FACTORY.getSchema(read("case/case-v1p0-cfpackage-schema.json"));

    private CaseSchemas() {
    }

    /** A CFPackage, against the CFPackage JSON Schema and the service definition's CFPackage.Type. */
    static void assertValidPackage(String body) {
        JsonNode node = parse(body);
        assertNoErrors(PACKAGE.validate(node), "CFPackage schema");
        assertValid("CFPackage.Type", node);
    }

    /**
     * An object against a definition of the service definition. The standalone CFDocument, CFItem and CFAssociation are
     * defined there as allOf(the package type, with additionalProperties false, and the link back), which no object can
     * satisfy to the letter; they are checked as the package type plus a valid link, which is what the definition
     * means.
     */
    static void assertValid(String definition, JsonNode node) {
        String link = switch (definition) {
            case "CFDocument.Type" -> "CFPackageURI";
            case "CFItem.Type", "CFAssociation.Type" -> "CFDocumentURI";
            default -> null;
        };
        if (link != null) {
            assertThat(node.has(link)).as("%s has %s", definition, link).isTrue();
            assertNoErrors(schema("LinkURI.Type").validate(node.get(link)), definition + "." + link);
            ObjectNode base = node.deepCopy();
            base.remove(link);
            assertNoErrors(schema(definition.replace("CF", "CFPckg")).validate(base), definition);
            return;
        }
        assertNoErrors(schema(definition).validate(node), definition);
    }

    static void assertValid(String definition, String body) {
        assertValid(definition, parse(body));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String definition) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$ref", "#/definitions/" + definition);
        schema.set("definitions", DEFINITIONS);
        return FACTORY.getSchema(schema);
    }

    private static void assertNoErrors(Set<ValidationMessage> errors, String what) {
        assertThat(errors).as("%s: %s", what, errors).isEmpty();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CaseSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
