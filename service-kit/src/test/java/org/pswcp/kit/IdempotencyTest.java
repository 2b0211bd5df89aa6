package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.testkit.Problems.problem;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    @Inject
    DataSource dataSource;

    @Test
    void retryWithTheSameKeyReturnsTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String title = Samples.uniqueTitle();
        ExtractableResponse<Response> first = post(Samples.hr("R9A"), key,
                "{\"title\":\"" + title + "\",\"quantity\":3}").statusCode(201).extract();
        // The same request again, written differently: key order and spacing do not make it another request.
        ExtractableResponse<Response> retry = post(Samples.hr("R9A"), key,
                "{ \"quantity\": 3, \"title\": \"" + title + "\" }").statusCode(201).extract();

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        Db db = new Db(dataSource);
        assertThat(db.count("select count(*) from sample_record where title = ?", title)).isEqualTo(1);
        assertThat(db.count("select count(*) from kit.outbox_event where payload::json ->> 'title' = ?", title))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsA422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String other = Samples.uniqueTitle();
        post(Samples.hr("R9A"), key, "{\"title\":\"" + Samples.uniqueTitle() + "\"}").statusCode(201);
        post(Samples.hr("R9A"), key, "{\"title\":\"" + other + "\"}").spec(problem(422, "unprocessable"));
        assertThat(new Db(dataSource).count("select count(*) from sample_record where title = ?", other)).isZero();
    }

    @Test
    void keysOfDifferentCallersDoNotMeet() {
        String key = UUID.randomUUID().toString();
        String title = Samples.uniqueTitle();
        post(Samples.hr("R9A"), key, "{\"title\":\"" + title + "\"}").statusCode(201);
        post(Samples.hr("R9B"), key, "{\"title\":\"" + title + "\"}").statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(new Db(dataSource).count("select count(*) from sample_record where title = ?", title))
                .isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsA400NamingTheHeader() {
        post(Samples.hr("R9A"), "key with spaces", "{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .spec(problem(400, "validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        post(Samples.hr("R9A"), key, "{\"title\":\"\"}").spec(problem(400, "validation-failed"));
        post(Samples.hr("R9A"), key, "{\"title\":\"" + Samples.uniqueTitle() + "\"}").statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse post(String bearer, String key, String body) {
        return given().header("Authorization", bearer).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/samples").then();
    }
}
