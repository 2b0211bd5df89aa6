package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CapturedLogs;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f-]{36}";

    @Test
    void suppliedIdsAreEchoed() {
        given().header("X-Request-ID", "req-123").header("X-Correlation-ID", "conv-456")
                .when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-ID", "req-123")
                .header("X-Correlation-ID", "conv-456");
    }

    @Test
    void missingIdsAreGeneratedAndARequestWithoutConversationStartsOne() {
        var response = given().when().get("/q/health/live").then().statusCode(200)
                .header("X-Request-ID", matchesPattern(UUID_PATTERN)).extract();
        assertThat(response.header("X-Correlation-ID")).isEqualTo(response.header("X-Request-ID"));
    }

    @Test
    void unacceptableIdIsReplacedRatherThanLogged() {
        given().header("X-Request-ID", "forged id; level=ERROR").when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-ID", matchesPattern(UUID_PATTERN));
    }

    @Test
    void idsAreEchoedOnProblemsAndQuotedInThem() {
        given().header("X-Request-ID", "req-789").header("X-Correlation-ID", "conv-789")
                .when().get("/nothing-here")
                .then().statusCode(404)
                .header("X-Request-ID", "req-789")
                .header("X-Correlation-ID", "conv-789")
                .body("requestId", equalTo("req-789"))
                .body("correlationId", equalTo("conv-789"));
    }

    @Test
    void everyLogLineOfARequestCarriesItsIds() {
        List<ExtLogRecord> records;
        try (CapturedLogs logs = CapturedLogs.start("org.pswcp.kit.sample")) {
            given().header("Authorization", Samples.hr("R9A")).header("X-Request-ID", "req-logged")
                    .header("X-Correlation-ID", "conv-logged")
                    .contentType("application/json").body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                    .when().post("/samples").then().statusCode(201);
            records = logs.records();
        }
        assertThat(records).filteredOn(r -> r.getFormattedMessage().startsWith("sample created"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getMdc("requestId")).isEqualTo("req-logged");
                    assertThat(r.getMdc("correlationId")).isEqualTo("conv-logged");
                });
    }
}
