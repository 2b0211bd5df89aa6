package org.pswcp.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what, for every operation of a committed contract: a declared table of callers (roles, each with their own
 * records, another's, another organisation's) and the status each gets per operation, checked by calling the running
 * service. An operation of the contract without a row fails, so a new endpoint cannot ship without its line in the
 * table; a refusal must be the problem the table names (404 where the record is not the caller's to know of).
 */
public final class AuthorisationMatrix {

    /** A concrete request: method, path with its query, and a JSON body or null. */
    public record Call(String method, String path, String body) {
    }

    private record Row(String operation, Supplier<Call> call, int[] expected) {
    }

    private static final Map<Integer, String> SLUGS = Map.of(400, "validation-failed", 401, "unauthenticated", 403,
            "forbidden", 404, "not-found");

    private final String contractFile;
    private final Map<String, String> callers;
    private final List<Row> rows = new ArrayList<>();

    private AuthorisationMatrix(String contractFile, Map<String, String> callers) {
        this.contractFile = contractFile;
        this.callers = callers;
    }

    /**
     * @param callers the table's columns in order: a name, and the value of its Authorization header (null: none)
     */
    public static AuthorisationMatrix of(String contractFile, Map<String, String> callers) {
        return new AuthorisationMatrix(contractFile, new LinkedHashMap<>(callers));
    }

    /** A row whose request is the same for every caller (a read, or a change none of them may make twice). */
    public AuthorisationMatrix row(String operation, String method, String path, String body, int... expected) {
        Call call = new Call(method, path, body);
        return row(operation, () -> call, expected);
    }

    /**
     * A row whose request is made afresh for each caller ({@code call} builds the record it changes), so that one
     * caller's change does not decide what the next one gets.
     */
    public AuthorisationMatrix row(String operation, Supplier<Call> call, int... expected) {
        assertThat(expected).as("%s: one status per caller %s", operation, callers.keySet())
                .hasSize(callers.size());
        rows.add(new Row(operation, call, expected));
        return this;
    }

    /** Calls every row as every caller; fails listing every cell that differs, and every operation without a row. */
    public void check() {
        Set<String> operations = operations(contractFile);
        Set<String> covered = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        int unauthorised = 0;
        ContractInteractions contract = ContractInteractions.of(contractFile);
        for (Row row : rows) {
            assertThat(operations).as("the table's row %s is not an operation of openapi/%s", row.operation(),
                    contractFile).contains(row.operation());
            covered.add(row.operation());
            int column = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int expected = row.expected()[column++];
                Call call = row.call().get();
                assertThat(contract.operation(call.method(), call.path().replaceFirst("\\?.*$", ""))
                        .map(ContractInteractions.Operation::name))
                        .as("%s %s is the row's operation", call.method(), call.path()).contains(row.operation());
                Response response = request(caller.getValue(), call);
                cells++;
                int actual = response.statusCode();
                if (actual / 100 == 2 && expected >= 400) {
                    unauthorised++;
                }
                String cell = row.operation() + " as " + caller.getKey();
                if (actual != expected) {
                    mismatches.add(cell + ": expected " + expected + ", got " + actual);
                } else if (actual >= 400 && SLUGS.containsKey(actual)) {
                    String type = response.jsonPath().getString("type");
                    if (!(Problems.TYPE_PREFIX + SLUGS.get(actual)).equals(type)) {
                        mismatches.add(cell + ": a " + actual + " of type " + type);
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(covered);
        assertThat(missing).as("operations of openapi/%s without a row in the authorisation table", contractFile)
                .isEmpty();
        assertThat(mismatches).as("cells of the authorisation table of openapi/%s", contractFile).isEmpty();
        assertThat(unauthorised).as("unauthorised 2xx").isZero();
        // One line per run in target/authorisation-matrix.txt, which ./pswcp test adds up.
        String line = contractFile + " " + operations.size() + " " + cells + " " + unauthorised + "\n";
        try {
            Files.writeString(Path.of("target", "authorisation-matrix.txt"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response request(String authorization, Call call) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    /** The operations of a committed contract, as {@code METHOD /path/{template}}. */
    static Set<String> operations(String contractFile) {
        try {
            JsonNode contract = new ObjectMapper(new YAMLFactory())
                    .readTree(Files.readString(OpenApiContract.folder().resolve(contractFile)));
            Set<String> operations = new TreeSet<>();
            contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> {
                        if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                        }
                    }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
