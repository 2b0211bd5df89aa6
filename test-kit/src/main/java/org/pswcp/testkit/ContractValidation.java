package org.pswcp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every REST Assured request of a test, and its response, checked against the committed contract in {@code openapi/}: a
 * response the contract does not describe (status code, header, content type or body) fails the test that caused it,
 * and so does a request the contract does not allow, unless the test marks it {@link #deliberatelyInvalid()}. Module
 * tests get it for their service's contract from {@link ContractValidationCallback}; the end-to-end tests register it
 * for each service's base URI. The {@code /q/} endpoints (health, metrics, the served contract) are Quarkus' own and
 * not in the contracts.
 */
public final class ContractValidation implements OrderedFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Filter DELIBERATELY_INVALID = (request, response, ctx) -> ctx.next(request, response);
    private static final Map<String, AtomicInteger> CHECKED = new ConcurrentHashMap<>();
    private static final Path REPORT = Path.of("target", "contract-validation.txt");
    /**
     * Set (to anything) to list every fault of a run in target/contract-faults.txt instead of failing at the first: for
     * bringing a contract and its service back together after a large change.
     */
    private static final String COLLECT = "PSWCP_CONTRACT_FAULTS_COLLECT";
    private static final Path FAULTS = Path.of("target", "contract-faults.txt");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractValidation::report));
    }

    private final Function<URI, ContractInteractions> contractOf;

    private ContractValidation(Function<URI, ContractInteractions> contractOf) {
        this.contractOf = contractOf;
    }

    /** Checks every call against one contract: a module's tests call only their own service. */
    public static void register(String fileName) {
        ContractInteractions contract = ContractInteractions.of(fileName);
        register(new ContractValidation(uri -> contract));
    }

    /** Checks calls to each base URI ({@code http://127.0.0.1:18081}) against its contract; others pass unchecked. */
    public static void register(Map<String, String> contractByBaseUri) {
        Map<String, ContractInteractions> contracts = new LinkedHashMap<>();
        contractByBaseUri.forEach((base, file) -> contracts.put(base(URI.create(base)), ContractInteractions.of(file)));
        register(new ContractValidation(uri -> contracts.get(base(uri))));
    }

    private static synchronized void register(ContractValidation validation) {
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(validation);
        }
    }

    /**
     * Marks a request that breaks the contract on purpose (a bad body, a missing parameter, an unknown path), to prove
     * it is refused: it is exempt from request validation, and its response is still checked where the contract has the
     * operation.
     */
    public static Filter deliberatelyInvalid() {
        return DELIBERATELY_INVALID;
    }

    @Override
    public int getOrder() {
        // Last before sending: see the request as the other filters left it.
        return LOWEST_PRECEDENCE - 1;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        URI uri = URI.create(requestSpec.getURI());
        ContractInteractions contract = uri.getRawPath().startsWith("/q/") ? null : contractOf.apply(uri);
        if (contract == null) {
            return ctx.next(requestSpec, responseSpec);
        }
        boolean invalidOnPurpose = requestSpec.getDefinedFilters().contains(DELIBERATELY_INVALID);
        ContractInteractions.Request request = new ContractInteractions.Request(requestSpec.getMethod(),
                uri.getRawPath(), query(uri), headers(requestSpec.getHeaders()), requestSpec.getContentType(),
                body(requestSpec.getBody()));
        if (!invalidOnPurpose) {
            fail("request", request, null, contract.checkRequest(request));
        }
        Response response = ctx.next(requestSpec, responseSpec);
        if (invalidOnPurpose && contract.operation(request.method(), request.rawPath()).isEmpty()) {
            return response;
        }
        ContractInteractions.Response answer = new ContractInteractions.Response(response.statusCode(),
                headers(response.getHeaders()), response.contentType(), response.asString());
        fail("response", request, answer, contract.checkResponse(request, answer));
        CHECKED.computeIfAbsent(contract.fileName(), f -> new AtomicInteger()).incrementAndGet();
        return response;
    }

    private static void fail(String what, ContractInteractions.Request request, ContractInteractions.Response response,
            List<String> faults) {
        if (faults.isEmpty()) {
            return;
        }
        if (System.getenv(COLLECT) != null) {
            append(FAULTS, String.join("\n", faults) + "\n");
            return;
        }
        throw new AssertionError("The " + what + " of " + request.method() + " " + request.rawPath()
                + (response == null ? "" : " (" + response.status() + ")") + " does not match the contract:\n  "
                + String.join("\n  ", faults)
                + (response == null
                        ? "\nIf the test sends it on purpose, mark it with ContractValidation"
                                + ".deliberatelyInvalid()."
                        : ""));
    }

    /** Responses checked in this JVM, per contract. */
    public static Map<String, Integer> checked() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CHECKED.forEach((file, count) -> counts.put(file, count.get()));
        return counts;
    }

    /** Appends this JVM's counts to target/contract-validation.txt, which ./pswcp test adds up. */
    private static void report() {
        if (CHECKED.isEmpty() || !Files.isDirectory(REPORT.getParent())) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        checked().forEach((file, count) -> lines.append(file).append(' ').append(count).append('\n'));
        append(REPORT, lines.toString());
    }

    private static synchronized void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            return query;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static Map<String, List<String>> headers(Iterable<Header> headers) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach(h -> all.computeIfAbsent(h.getName(), n -> new ArrayList<>()).add(h.getValue()));
        return all;
    }

    private static String body(Object body) {
        if (body == null || body instanceof java.io.InputStream) {
            return null; // a stream is the test's to send, not ours to read
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
