package org.pswcp.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Bounded fuzzing of every request body and query parameter of a committed contract: for a fixed time it sends each
 * operation, in turn, a request made from the contract's own example and its schema, then broken (a field dropped,
 * given another type, a boundary value, hostile text, an unknown field, another JSON shape, bytes that are not JSON,
 * another content type), as a caller whose role the operation allows. Every answer must be below 500, every 4xx a
 * problem (CASE's own status body on its paths), every response what the contract says ({@link ContractValidation}),
 * and a refused request must store nothing: no table of the service's database gains a row (the audit trail aside,
 * where refusals belong). The seed is printed with any fault, and {@code -Dpswcp.fuzz.seed} replays it;
 * {@code -Dpswcp.fuzz.seconds} sets the time (./pswcp fuzz runs longer).
 */
public final class ContractFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Text a service must store or refuse as it is, never interpret. */
    private static final List<String> HOSTILE = List.of("", " ", "'; drop table assessment; --", "<script>x</script>",
            "../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "%00", "\u0000", "\u202e\u0645\u0631\u062d\u0628\u0627",
            "\ud83e\udd1d\ud83c\udffd", "null", "true", "-1", "1e309", "NaN", "2026-02-30", "9999-12-31T23:59:59Z",
            "00000000-0000-0000-0000-000000000000", "R9A'--", "\\", "\"", "{}", "[]", "a".repeat(5000));

    private final String contractFile;
    private final JsonNode contract;
    private final Map<String, String> bearers = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> pathValues = new HashMap<>();
    private DataSource database;
    private String countAll;
    /** The row counts as of the last request that wrote. */
    private Map<String, Long> rows;

    private ContractFuzzer(String contractFile) {
        this.contractFile = contractFile;
        try {
            this.contract = new ObjectMapper(new YAMLFactory())
                    .readTree(Files.readString(OpenApiContract.folder().resolve(contractFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContractFuzzer of(String contractFile) {
        return new ContractFuzzer(contractFile);
    }

    /** The Authorization header of a caller with this role, for the operations that role may call. */
    public ContractFuzzer caller(String role, String bearer) {
        bearers.put(role, bearer);
        return this;
    }

    /** Path parameters of an operation ({@code POST /v1/x/{id}/y}) that name a real record, to get past a 404. */
    public ContractFuzzer pathValues(String operation, Map<String, String> values) {
        pathValues.put(operation, values);
        return this;
    }

    /** The service's database, to see that a refused request stored nothing. */
    public ContractFuzzer storingIn(DataSource dataSource) {
        this.database = dataSource;
        return this;
    }

    private record Target(String name, String method, String template, JsonNode operation, List<JsonNode> query,
            JsonNode example) {
    }

    /** Runs for the configured time; fails listing every fault, each with the seed and case that found it. */
    public void run() {
        long seed = Long.getLong("pswcp.fuzz.seed", System.nanoTime());
        Duration budget = Duration.ofSeconds(Long.getLong("pswcp.fuzz.seconds", 20));
        SplittableRandom random = new SplittableRandom(seed);
        List<Target> targets = targets();
        assertThat(targets).as("operations of openapi/%s with a body or query parameters", contractFile).isNotEmpty();
        List<String> faults = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        rows = rows();
        long deadline = System.nanoTime() + budget.toNanos();
        int cases = 0;
        while (System.nanoTime() < deadline && faults.size() < 20) {
            Target target = targets.get(cases % targets.size());
            cases++;
            long writesBefore = writes();
            Response response;
            String body = target.example() == null ? null : body(target.example(), random);
            StringBuilder sentTo = new StringBuilder();
            String seen = target.name() + " (seed " + seed + ", case " + cases + ")";
            try {
                response = send(target, body, random, sentTo);
            } catch (AssertionError e) {
                faults.add(seen + " " + sentTo + ": " + String.join(" ", e.getMessage().lines().skip(1)
                        .limit(2).toList()) + (body == null ? "" : " with " + abbreviate(body)));
                continue;
            }
            String description = seen + " " + sentTo;
            int status = response.statusCode();
            statuses.merge(status / 100 + "xx", 1, Integer::sum);
            String sent = body == null ? "" : " with " + abbreviate(body);
            if (status >= 500) {
                faults.add(description + ": " + status + sent);
            } else if (status >= 400 && !isProblem(target, response)) {
                faults.add(description + ": a " + status + " that is not a problem" + sent);
            }
            // Only a transaction that writes is given an id: without a new one, nothing was stored.
            if (writes() != writesBefore) {
                Map<String, Long> now = rows();
                if (status >= 400) {
                    now.forEach((table, count) -> {
                        if (count > rows.getOrDefault(table, 0L)) {
                            faults.add(description + ": refused with " + status + " yet stored a row in " + table
                                    + sent);
                        }
                    });
                }
                rows = now;
            }
        }
        assertThat(faults).as("faults fuzzing openapi/%s (%d cases, %d operations)", contractFile, cases,
                targets.size()).isEmpty();
        report(cases, targets.size(), statuses);
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase(Locale.ROOT);
            if (!List.of("GET", "PUT", "POST", "PATCH", "DELETE").contains(method)) {
                return;
            }
            List<JsonNode> query = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode parameter = resolve(p);
                if (parameter.path("in").asText().equals("query")) {
                    query.add(parameter);
                }
            });
            JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
            JsonNode example = media.has("example") ? media.get("example") : null;
            if (example != null || !query.isEmpty()) {
                targets.add(new Target(method + " " + path.getKey(), method, path.getKey(), op.getValue(), query,
                        example));
            }
        }));
        return targets;
    }

    private Response send(Target target, String body, SplittableRandom random, StringBuilder sentTo) {
        RequestSpecification request = given().filter(ContractValidation.deliberatelyInvalid());
        String bearer = bearerFor(target.operation());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        String path = target.template();
        Map<String, String> known = pathValues.getOrDefault(target.name(), Map.of());
        for (JsonNode p : target.operation().path("parameters")) {
            JsonNode parameter = resolve(p);
            if (parameter.path("in").asText().equals("path")) {
                String name = parameter.path("name").asText();
                String value = known.getOrDefault(name, exampleOf(parameter));
                path = path.replace("{" + name + "}", value);
            }
        }
        sentTo.append(path);
        char separator = '?';
        for (JsonNode parameter : target.query()) {
            if (random.nextInt(3) > 0) {
                String value = random.nextInt(3) == 0 ? exampleOf(parameter) : text(random);
                // Query strings stay under the HTTP layer's 4 KiB line, which answers 414 before the service does.
                value = value.length() > 1000 ? value.substring(0, 1000) : value;
                request.queryParam(parameter.path("name").asText(), value);
                sentTo.append(separator).append(parameter.path("name").asText()).append('=').append(abbreviate(value));
                separator = '&';
            }
        }
        if (body != null) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                request.contentType("text/plain").body(body);
            } else if (kind == 1) {
                request.body(body.getBytes(StandardCharsets.UTF_8));
            } else {
                request.contentType("application/json").body(body);
            }
        }
        return request.request(target.method(), path);
    }

    /** The example body, broken in one of many ways (or, now and then, as it is). */
    private String body(JsonNode example, SplittableRandom random) {
        JsonNode copy = example.deepCopy();
        switch (random.nextInt(10)) {
            case 0 :
                return copy.toString();
            case 1 : {
                String text = copy.toString();
                return random.nextBoolean()
                        ? text.substring(0, random.nextInt(Math.max(1, text.length())))
                        : text + List.of("}", ",", "]]", "\u0000", "garbage").get(random.nextInt(5));
            }
            case 2 :
                return junk(random, 0).toString();
            case 3 :
                return "[".repeat(3000) + "]".repeat(3000);
            default :
                mutate(copy, random, 0);
                return copy.toString();
        }
    }

    /** Changes one field somewhere in the document: drops it, replaces it, or adds an unknown one beside it. */
    private void mutate(JsonNode node, SplittableRandom random, int depth) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode child = object.get(name);
            if ((child.isContainerNode() && child.size() > 0) && random.nextBoolean() && depth < 6) {
                mutate(child, random, depth + 1);
                return;
            }
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("unexpected" + random.nextInt(100), junk(random, 0));
                default -> object.set(name, junk(random, 0));
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            JsonNode child = array.get(index);
            if (child.isContainerNode() && child.size() > 0 && random.nextBoolean() && depth < 6) {
                mutate(child, random, depth + 1);
            } else if (random.nextBoolean()) {
                array.set(index, junk(random, 0));
            } else {
                for (int i = random.nextInt(1, 300); i > 0; i--) {
                    array.add(array.get(0).deepCopy());
                }
            }
        }
    }

    /** A value of any JSON type, often a boundary or a hostile one. */
    private JsonNode junk(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth > 2 ? 7 : 9)) {
            case 0 -> NODES.textNode(text(random));
            case 1 -> NODES.numberNode(List.of(0L, -1L, 1L, (long) Integer.MAX_VALUE + 1, Long.MIN_VALUE,
                    Long.MAX_VALUE).get(random.nextInt(6)));
            case 2 -> NODES.numberNode(List.of(0.5, -0.0, 1e308, Double.MIN_VALUE).get(random.nextInt(4)));
            case 3 -> NODES.numberNode(new java.math.BigInteger("9".repeat(random.nextInt(1, 400))));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> NODES.textNode(UUID.randomUUID().toString());
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(junk(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set("k" + i, junk(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String text(SplittableRandom random) {
        if (random.nextInt(4) > 0) {
            return HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(1, 40); i > 0; i--) {
            text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x20, 0x2FFF) : random.nextInt(0x20, 0x7F));
        }
        return text.toString();
    }

    private String bearerFor(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (security.isArray() && security.isEmpty()) {
            return null;
        }
        for (JsonNode requirement : security) {
            for (Iterator<JsonNode> roles = requirement.elements().next().elements(); roles.hasNext();) {
                String bearer = bearers.get(roles.next().asText());
                if (bearer != null) {
                    return bearer;
                }
            }
        }
        return bearers.values().stream().findFirst().orElse(null);
    }

    /**
     * Whether the answer is the error body the contract declares: a problem, except where the operation declares errors
     * of its own format (CASE's imsx_StatusInfo), which is to say error responses without a problem body.
     */
    private static boolean isProblem(Target target, Response response) {
        String type = response.contentType();
        JsonNode declared = target.operation().path("responses").path(String.valueOf(response.statusCode()))
                .path("content");
        if (!declared.isMissingNode() && !declared.has("application/problem+json")) {
            return type.startsWith("application/json"); // its schema: ContractValidation checks the body
        }
        return type.startsWith("application/problem+json")
                && String.valueOf(response.jsonPath().getString("type")).startsWith(Problems.TYPE_PREFIX);
    }

    private String exampleOf(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        JsonNode schema = resolve(parameter.path("schema"));
        if (schema.has("examples")) {
            return schema.get("examples").get(0).asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        return schema.has("default") ? schema.get("default").asText() : "x";
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** The next transaction id the database will give: it moves only when a transaction writes. */
    private long writes() {
        if (database == null) {
            return 0;
        }
        try (Connection connection = database.getConnection();
                ResultSet rs = connection.createStatement()
                        .executeQuery("select txid_snapshot_xmax(txid_current_snapshot())")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table of the service, the audit trail aside (refusals are recorded there). */
    private Map<String, Long> rows() {
        Map<String, Long> counts = new HashMap<>();
        if (database == null) {
            return counts;
        }
        try (Connection connection = database.getConnection()) {
            if (countAll == null) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = connection.createStatement().executeQuery("select table_schema || '.' ||"
                        + " table_name from information_schema.tables where table_type = 'BASE TABLE' and"
                        + " table_schema in ('public', 'kit') and table_name <> 'audit_event' and table_name not like"
                        + " '%schema_history'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                countAll = String.join(" union all ", tables.stream()
                        .map(t -> "select '" + t + "', count(*) from " + t).toList());
            }
            try (ResultSet rs = connection.createStatement().executeQuery(countAll)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private void report(int cases, int operations, Map<String, Integer> statuses) {
        String line = contractFile + " " + cases + " " + operations + " " + statuses + "\n";
        try {
            Files.writeString(Path.of("target", "fuzz.txt"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
