package org.pswcp.kit.openapi;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.pswcp.kit.problem.ProblemType;

/**
 * Gives every request and response body of the contract an example, so that a reader sees a whole body for each
 * operation, not only its fields. A body's example is assembled from the examples of its schema and its fields (which
 * the code declares, and which the contract test validates against the schema, as it validates these); a problem
 * response's example is the problem the kit sends with that status. A body that already has an example keeps it.
 */
final class OperationExamples {

    /** Deep enough for every body of the API; a recursive schema (statements within statements) stops here. */
    private static final int DEPTH = 8;

    private final Map<String, Schema> schemas;

    private OperationExamples(Components components) {
        this.schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        OperationExamples examples = new OperationExamples(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getRequestBody() != null) {
                examples.body(operation.getRequestBody().getContent(), null);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses()
                        .forEach((code, response) -> examples.response(path, code, response));
            }
        }));
    }

    private void response(String path, String code, APIResponse response) {
        if (response.getRef() != null || response.getContent() == null) {
            return;
        }
        Map<String, Object> problem = null;
        if (code.matches("[45]\\d\\d")) {
            int status = Integer.parseInt(code);
            ProblemType type = status == 400
                    ? ProblemType.VALIDATION_FAILED
                    : status == 500 ? ProblemType.INTERNAL_ERROR : ProblemType.forStatus(status);
            problem = new LinkedHashMap<>();
            problem.put("type", type.uri().toString());
            problem.put("title", type.title());
            problem.put("status", status);
            problem.put("detail", response.getDescription());
            problem.put("instance", path);
            problem.put("requestId", "5f0c2a4e-6a7b-4c1e-9d5f-3e2b1a0c9d8e");
            problem.put("correlationId", "5f0c2a4e-6a7b-4c1e-9d5f-3e2b1a0c9d8e");
            if (status == 400) {
                Map<String, Object> error = new LinkedHashMap<>(); // in this order every time: the contract is compared
                error.put("field", "title");
                error.put("message", "must not be blank");
                problem.put("errors", List.of(error));
            }
        }
        body(response.getContent(), problem);
    }

    private void body(Content content, Map<String, Object> problem) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> entry : content.getMediaTypes().entrySet()) {
            MediaType media = entry.getValue();
            if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())
                    || media.getSchema() == null) {
                continue;
            }
            boolean isProblem = problem != null && entry.getKey().equals(ContractFilter.PROBLEM_JSON);
            Object example = isProblem ? problem : of(media.getSchema(), 0);
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    /** The schema's example: its own, else one assembled from its parts; null where there is nothing to show. */
    private Object of(Schema schema, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            return of(schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getOneOf(),
                schema.getAnyOf())) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    Object example = of(alternative, depth + 1);
                    if (example != null) {
                        return example;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = of(schema.getItems(), depth + 1);
            int least = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
            return item == null ? List.of() : Collections.nCopies(least, item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = of(property, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object;
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            Object value = of(schema.getAdditionalPropertiesSchema(), depth + 1);
            return value == null ? Map.of() : Map.of("key", value);
        }
        return scalar(schema, types);
    }

    /** A value of the scalar's format, for the fields that carry no example of their own (ids, times, flags). */
    private static Object scalar(Schema schema, List<Schema.SchemaType> types) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (types.contains(Schema.SchemaType.STRING)) {
            return switch (format) {
                case "uuid" -> "01a20979-ad6d-7212-b517-fe3e1bb27978";
                case "date-time" -> "2026-11-20T10:00:00Z";
                case "date" -> "2026-11-20";
                case "uri" -> "https://example.nhs.uk/resource";
                case "duration" -> "PT1H";
                default -> null;
            };
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1.0;
        }
        return null;
    }
}
