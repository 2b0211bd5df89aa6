package org.pswcp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * One committed OpenAPI 3.1 contract, read the way an integrator's validating proxy reads it: which operation a request
 * is, and whether the request and its response are what the contract says (status code, content type, headers,
 * parameters, and bodies against their JSON Schema 2020-12 schemas). Responses are held to their schemas strictly: an
 * object may not carry a property its schema does not declare, because a client generated from the contract would not
 * see it.
 */
public final class ContractInteractions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, ContractInteractions> LOADED = new ConcurrentHashMap<>();
    /** Headers of HTTP itself, which no contract declares. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-type", "content-length",
            "transfer-encoding", "connection", "keep-alive", "date", "vary", "content-encoding", "server");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private final String fileName;
    private final JsonNode contract;
    private final ObjectNode components;
    private final ObjectNode strictComponents;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ContractInteractions(String fileName) {
        this.fileName = fileName;
        try {
            contract = YAML.readTree(Files.readString(OpenApiContract.folder().resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        components = (ObjectNode) contract.path("components");
        strictComponents = components.deepCopy();
        strictComponents.path("schemas").forEach(ContractInteractions::closeObjects);
        contract.path("paths").fields().forEachRemaining(p -> routes.add(new Route(p.getKey(), p.getValue())));
        // A literal segment beats a template: /v1/workers/overdue before /v1/workers/{id}.
        routes.sort(Comparator.comparingInt(Route::templates).thenComparing(r -> -r.template.length()));
    }

    /** The contract {@code openapi/<fileName>}, read once per test JVM. */
    public static ContractInteractions of(String fileName) {
        return LOADED.computeIfAbsent(fileName, ContractInteractions::new);
    }

    public String fileName() {
        return fileName;
    }

    /** What was sent: the method, the raw path and query, the headers, and the body (null when none). */
    public record Request(String method, String rawPath, Map<String, List<String>> query,
            Map<String, List<String>> headers, String contentType, String body) {
    }

    /** What came back. */
    public record Response(int status, Map<String, List<String>> headers, String contentType, String body) {
    }

    /** The operation a request is, with the values of its path parameters; empty when the contract has none. */
    public Optional<Operation> operation(String method, String rawPath) {
        for (Route route : routes) {
            Optional<Map<String, String>> values = route.match(rawPath);
            if (values.isPresent()) {
                JsonNode operation = route.item.get(method.toLowerCase(Locale.ROOT));
                if (operation == null) {
                    return Optional.empty();
                }
                return Optional.of(new Operation(method.toUpperCase(Locale.ROOT) + " " + route.template, route.item,
                        operation, values.get()));
            }
        }
        return Optional.empty();
    }

    /** The contract's faults with this request: empty when the contract allows it. */
    public List<String> checkRequest(Request request) {
        List<String> faults = new ArrayList<>();
        Optional<Operation> found = operation(request.method(), request.rawPath());
        if (found.isEmpty()) {
            faults.add("openapi/" + fileName + " has no operation " + request.method() + " " + request.rawPath());
            return faults;
        }
        Operation operation = found.get();
        List<JsonNode> parameters = parameters(operation);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            List<String> values = switch (in) {
                case "path" -> Optional.ofNullable(operation.pathValues().get(name)).map(List::of).orElse(List.of());
                case "query" -> request.query().getOrDefault(name, List.of());
                case "header" -> header(request.headers(), name);
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (parameter.path("required").asBoolean(false)) {
                    faults.add(operation.name() + ": required " + in + " parameter " + name + " is missing");
                }
                continue;
            }
            JsonNode schema = parameter.path("schema");
            JsonNode value = typed(schema, values);
            schema("param:" + operation.name() + ":" + in + ":" + name, schema, false).validate(value)
                    .forEach(m -> faults.add(operation.name() + ": " + in + " parameter " + name + "=" + values + ": "
                            + m.getMessage()));
        }
        for (String name : request.query().keySet()) {
            if (parameters.stream().noneMatch(p -> p.path("in").asText().equals("query")
                    && p.path("name").asText().equals(name))) {
                faults.add(operation.name() + ": query parameter " + name + " is not in the contract");
            }
        }
        if (request.body() != null && !request.body().isEmpty()) {
            JsonNode content = operation.operation().path("requestBody").path("content");
            if (content.isMissingNode()) {
                faults.add(operation.name() + ": the contract declares no request body");
            } else {
                body(operation.name() + " request", content, request.contentType(), request.body(), false, faults);
            }
        } else if (operation.operation().path("requestBody").path("required").asBoolean(false)) {
            faults.add(operation.name() + ": the request body is required");
        }
        return faults;
    }

    /** The contract's faults with this response to this request: empty when the contract allows it. */
    public List<String> checkResponse(Request request, Response response) {
        List<String> faults = new ArrayList<>();
        Optional<Operation> found = operation(request.method(), request.rawPath());
        if (found.isEmpty()) {
            faults.add("openapi/" + fileName + " has no operation " + request.method() + " " + request.rawPath()
                    + ", so its " + response.status() + " response cannot be checked");
            return faults;
        }
        Operation operation = found.get();
        String where = operation.name() + " " + response.status();
        JsonNode responses = operation.operation().path("responses");
        JsonNode declared = responses.get(String.valueOf(response.status()));
        if (declared == null) {
            declared = responses.get(response.status() / 100 + "XX");
        }
        if (declared == null) {
            declared = responses.get("default");
        }
        if (declared == null) {
            faults.add(where + ": the contract declares no " + response.status() + " response (it declares "
                    + names(responses) + ")");
            return faults;
        }
        declared = resolve(declared);
        JsonNode headers = declared.path("headers");
        headers.fields().forEachRemaining(h -> {
            JsonNode header = resolve(h.getValue());
            List<String> values = header(response.headers(), h.getKey());
            if (values.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    faults.add(where + ": required header " + h.getKey() + " is missing");
                }
                return;
            }
            schema("header:" + where + ":" + h.getKey(), header.path("schema"), false)
                    .validate(typed(header.path("schema"), values)).forEach(m -> faults.add(where + ": header "
                            + h.getKey() + "=" + values + ": " + m.getMessage()));
        });
        for (String name : response.headers().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TRANSPORT_HEADERS.contains(lower) && !has(headers, name)) {
                faults.add(where + ": header " + name + " is not in the contract");
            }
        }
        JsonNode content = declared.path("content");
        boolean hasBody = response.body() != null && !response.body().isEmpty();
        if (hasBody && !request.method().equalsIgnoreCase("HEAD")) {
            if (content.isMissingNode() || content.isEmpty()) {
                faults.add(where + ": the contract declares no body, the response has " + response.contentType());
            } else {
                body(where, content, response.contentType(), response.body(), true, faults);
            }
        } else if (!content.isMissingNode() && !content.isEmpty() && response.status() != 304
                && !request.method().equalsIgnoreCase("HEAD")) {
            faults.add(where + ": the contract declares a body (" + names(content) + "), the response has none");
        }
        return faults;
    }

    /** The operation of a request: its name ({@code GET /v1/x/{id}}), contract nodes and path parameter values. */
    public record Operation(String name, JsonNode pathItem, JsonNode operation, Map<String, String> pathValues) {
    }

    private void body(String where, JsonNode content, String contentType, String body, boolean strict,
            List<String> faults) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(mediaType);
        if (media == null && mediaType.contains("/")) {
            media = content.get(mediaType.substring(0, mediaType.indexOf('/')) + "/*");
        }
        if (media == null) {
            media = content.get("*/*");
        }
        if (media == null) {
            faults.add(where + ": content type " + (mediaType.isEmpty() ? "(none)" : mediaType)
                    + " is not in the contract (it declares " + names(content) + ")");
            return;
        }
        if (!(mediaType.equals("application/json") || mediaType.endsWith("+json")) || !media.has("schema")) {
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            faults.add(where + ": the " + mediaType + " body is not JSON: " + abbreviate(body));
            return;
        }
        schema((strict ? "strict:" : "lenient:") + where + ":" + mediaType, media.get("schema"), strict)
                .validate(json).forEach(m -> faults.add(where + " " + mediaType + " body: " + m.getMessage()
                        + " in " + abbreviate(body)));
    }

    private JsonSchema schema(String key, JsonNode schema, boolean strict) {
        return schemas.computeIfAbsent(key, k -> {
            ObjectNode root = schema.isObject() ? schema.deepCopy() : JSON.createObjectNode();
            if (strict) {
                closeObjects(root);
            }
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", strict ? strictComponents : components);
            return FACTORY.getSchema(root, CONFIG);
        });
    }

    /**
     * Every object schema that lists its properties, and says nothing of others, allows no others. Schemas built from
     * several (allOf, anyOf, oneOf) are left as they are: each part sees only its own properties.
     */
    private static void closeObjects(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        ObjectNode node = (ObjectNode) schema;
        boolean combined = node.has("allOf") || node.has("anyOf") || node.has("oneOf");
        if (node.has("properties") && !node.has("additionalProperties") && !node.has("unevaluatedProperties")
                && !combined) {
            node.set("additionalProperties", BooleanNode.FALSE);
        }
        node.path("properties").forEach(ContractInteractions::closeObjects);
        closeObjects(node.path("items"));
        closeObjects(node.path("additionalProperties"));
        if (!combined) {
            return;
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(ContractInteractions::closeObjects);
        }
    }

    /** The operation's parameters with the path item's, references resolved. */
    private List<JsonNode> parameters(Operation operation) {
        List<JsonNode> all = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(p -> all.add(resolve(p)));
        operation.operation().path("parameters").forEach(p -> all.add(resolve(p)));
        return all;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** Text values as the JSON the schema describes: numbers and booleans parsed, arrays from repeated values. */
    private JsonNode typed(JsonNode schema, List<String> values) {
        JsonNode resolved = resolve(schema);
        if (types(resolved).contains("array")) {
            ArrayNode array = JSON.createArrayNode();
            values.forEach(v -> array.add(typed(resolved.path("items"), List.of(v))));
            return array;
        }
        String value = values.get(0);
        Set<String> types = types(resolved);
        try {
            if (types.contains("integer") || types.contains("number")) {
                return JSON.readTree(value).isNumber() ? JSON.readTree(value) : TextNode.valueOf(value);
            }
            if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
                return BooleanNode.valueOf(Boolean.parseBoolean(value));
            }
        } catch (IOException e) {
            return TextNode.valueOf(value);
        }
        return TextNode.valueOf(value);
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            Set<String> all = new java.util.HashSet<>();
            type.forEach(t -> all.add(t.asText()));
            return all;
        }
        return type.isTextual() ? Set.of(type.asText()) : Set.of();
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static boolean has(JsonNode object, String name) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            if (names.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String body) {
        return body.length() <= 400 ? body : body.substring(0, 400) + "...";
    }

    /** A path template of the contract, as a pattern over the raw path. */
    private static final class Route {

        final String template;
        final JsonNode item;
        final Pattern pattern;
        final List<String> names = new ArrayList<>();

        Route(String template, JsonNode item) {
            this.template = template;
            this.item = item;
            StringBuilder regex = new StringBuilder("^");
            Matcher m = TEMPLATE.matcher(template);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last))).append("/?$");
            pattern = Pattern.compile(regex.toString());
        }

        int templates() {
            return names.size();
        }

        Optional<Map<String, String>> match(String rawPath) {
            Matcher m = pattern.matcher(rawPath);
            if (!m.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), URLDecoder.decode(m.group(i + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
            return Optional.of(values);
        }
    }
}
