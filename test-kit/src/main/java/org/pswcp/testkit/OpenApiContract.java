package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Keeps a committed contract in {@code openapi/} identical to what the service serves. Run the tests with
 * {@code -Dopenapi.update=true} (or {@code ./pswcp contracts}) to rewrite the files after an intended change, and
 * commit them with it.
 */
public final class OpenApiContract {

    public static final String UPDATE_FLAG = "openapi.update";

    private OpenApiContract() {
    }

    /** The repository's {@code openapi/} folder, found upwards from the module under test. */
    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("openapi"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No openapi/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("openapi");
    }

    /**
     * The test every service runs: subclass it as a {@code @QuarkusTest} naming the service's contract file.
     */
    public abstract static class ServedContractTest {

        private final String fileName;

        protected ServedContractTest(String fileName) {
            this.fileName = fileName;
        }

        @org.junit.jupiter.api.Test
        void servedContractIsTheCommittedOne() {
            String served = io.restassured.RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            assertServedEqualsCommitted(served, fileName);
        }

        @org.junit.jupiter.api.Test
        void everyExampleInTheCommittedContractIsValidAgainstItsSchema() {
            OpenApiExamples.assertValid(fileName);
        }

        @org.junit.jupiter.api.Test
        void everyOperationDeclaresItsSuccessResponseAndItsBody() {
            assertSuccessResponses(fileName);
        }
    }

    /**
     * Every operation of the committed contract declares a 2xx or 3xx response, and every 200 and 201 its body: a
     * client generated from the file has a return type for each. (SmallRye OpenAPI derives the success response from
     * the method's return type only when the method declares no {@code @APIResponse} at all, and cannot derive a body
     * from a JAX-RS {@code Response}: a method that declares its errors, or returns a {@code Response}, must declare
     * its success response too.)
     */
    public static void assertSuccessResponses(String fileName) {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(folder().resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> faults = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getValue().has("responses")) {
                return;
            }
            String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            List<String> codes = new ArrayList<>();
            op.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                faults.add(where + " declares no 2xx or 3xx response, only " + codes);
            }
            for (String code : List.of("200", "201")) {
                JsonNode response = op.getValue().path("responses").path(code);
                if (!response.isMissingNode() && !response.has("$ref") && response.path("content").isEmpty()) {
                    faults.add(where + " declares its " + code + " response without a body");
                }
            }
        }));
        assertThat(faults).as("operations of openapi/%s that a generated client cannot call for a result", fileName)
                .isEmpty();
    }

    public static void assertServedEqualsCommitted(String served, String fileName) {
        Path committed = folder().resolve(fileName);
        try {
            if (Boolean.getBoolean(UPDATE_FLAG)) {
                Files.writeString(committed, served);
                return;
            }
            assertThat(committed)
                    .as("openapi/%s is missing: run the tests with -D%s=true and commit it", fileName, UPDATE_FLAG)
                    .exists();
            assertThat(served)
                    .as("The served contract differs from openapi/%s. If the change is intended, run the tests with"
                            + " -D%s=true and commit the file.", fileName, UPDATE_FLAG)
                    .isEqualTo(Files.readString(committed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
