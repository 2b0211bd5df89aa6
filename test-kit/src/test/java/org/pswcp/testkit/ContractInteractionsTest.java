package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The contract check itself, on the committed assessment-service contract and its own examples: what it lets through
 * and what it catches. If it let a wrong response through, every module test that relies on it would prove nothing.
 */
class ContractInteractionsTest {

    private static final String FILE = "assessment-service.yaml";
    private static final String ID = "01a20979-ad6d-7212-b517-fe3e1bb27978";
    private static final ContractInteractions CONTRACT = ContractInteractions.of(FILE);
    private static final Map<String, List<String>> TRACED = Map.of("X-Request-ID", List.of("r-1"),
            "X-Correlation-ID", List.of("c-1"));

    private static ObjectNode example(String path, String method, String status) throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(OpenApiContract.folder().resolve(FILE)));
        return (ObjectNode) contract.path("paths").path(path).path(method).path("responses").path(status)
                .path("content").elements().next().path("example").deepCopy();
    }

    private static ContractInteractions.Request get(String path) {
        return new ContractInteractions.Request("GET", path, Map.of(), Map.of(), null, null);
    }

    private static List<String> answer(ContractInteractions.Request request, int status, String contentType,
            Object body) {
        return CONTRACT.checkResponse(request, new ContractInteractions.Response(status, TRACED, contentType,
                body == null ? "" : body.toString()));
    }

    @Test
    void theContractsOwnExampleIsAValidResponse() throws Exception {
        assertThat(answer(get("/v1/assessments/" + ID), 200, "application/json;charset=UTF-8",
                example("/v1/assessments/{id}", "get", "200"))).isEmpty();
    }

    @Test
    void aPropertyTheSchemaDoesNotDeclareIsAFault() throws Exception {
        ObjectNode body = example("/v1/assessments/{id}", "get", "200");
        body.put("internalNote", "not in the contract");
        assertThat(answer(get("/v1/assessments/" + ID), 200, "application/json", body))
                .singleElement().asString().contains("internalNote");
    }

    @Test
    void aValueOfTheWrongTypeOrFormatIsAFault() throws Exception {
        ObjectNode body = example("/v1/assessments/{id}", "get", "200");
        body.put("status", "HALF_DONE");
        body.put("frameworkVersionId", 7);
        assertThat(answer(get("/v1/assessments/" + ID), 200, "application/json", body)).hasSize(2);
    }

    @Test
    void aStatusContentTypeOrHeaderTheOperationDoesNotDeclareIsAFault() throws Exception {
        ObjectNode body = example("/v1/assessments/{id}", "get", "200");
        assertThat(answer(get("/v1/assessments/" + ID), 418, "application/json", body))
                .singleElement().asString().contains("no 418 response");
        assertThat(answer(get("/v1/assessments/" + ID), 200, "text/html", body))
                .singleElement().asString().contains("text/html");
        assertThat(CONTRACT.checkResponse(get("/v1/assessments/" + ID), new ContractInteractions.Response(200,
                Map.of("X-Debug", List.of("1")), "application/json", body.toString())))
                .singleElement().asString().contains("X-Debug");
        assertThat(answer(get("/v1/assessments/" + ID), 200, "application/json", null))
                .singleElement().asString().contains("the response has none");
    }

    @Test
    void aProblemIsCheckedAgainstTheProblemSchema() {
        String problem = "{\"type\":\"urn:pswcp:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"requestId\":\"r-1\",\"correlationId\":\"c-1\"}";
        assertThat(answer(get("/v1/assessments/" + ID), 404, "application/problem+json", problem)).isEmpty();
        assertThat(answer(get("/v1/assessments/" + ID), 404, "application/problem+json",
                problem.replace("\"status\":404", "\"status\":\"404\""))).hasSize(1);
    }

    @Test
    void aRequestIsCheckedForItsParametersAndBody() {
        assertThat(CONTRACT.checkRequest(get("/v1/assessments/not-a-uuid"))).isNotEmpty()
                .allSatisfy(fault -> assertThat(fault).contains("path parameter id=[not-a-uuid]"));
        assertThat(CONTRACT.checkRequest(new ContractInteractions.Request("GET", "/v1/assessments",
                Map.of("colour", List.of("red")), Map.of(), null, null))).singleElement().asString()
                .contains("colour");
        assertThat(CONTRACT.checkRequest(new ContractInteractions.Request("POST", "/v1/assessments", Map.of(),
                Map.of(), "application/json", "{\"kind\":\"NEVER\",\"frameworkVersionId\":\"" + ID + "\"}")))
                .singleElement().asString().contains("/kind");
        assertThat(CONTRACT.checkRequest(new ContractInteractions.Request("POST", "/v1/assessments", Map.of(),
                Map.of(), "application/json", "{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + ID + "\"}")))
                .isEmpty();
        assertThat(CONTRACT.checkRequest(get("/v1/no-such-thing"))).singleElement().asString()
                .contains("has no operation");
    }
}
