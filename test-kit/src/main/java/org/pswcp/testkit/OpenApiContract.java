package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
