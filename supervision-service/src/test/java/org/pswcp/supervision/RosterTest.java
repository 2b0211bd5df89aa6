package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RosterTest {

    @Inject
    DataSource dataSource;

    private static ValidatableResponse put(String bearer, String workerId, String json) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(json)
                .put("/v1/workers/" + workerId).then();
    }

    @Test
    void hrPushesAWorkerAndOnlyChangesAreAnnounced() {
        String workerId = Fixtures.newWorkerId();
        put(Fixtures.hr("R9A"), workerId, Fixtures.workerJson("North")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/v1/workers/" + workerId));
        put(Fixtures.hr("R9A"), workerId, Fixtures.workerJson("North")).statusCode(200);
        put(Fixtures.hr("R9A"), workerId, Fixtures.workerJson("South")).statusCode(200)
                .body("team", equalTo("South"));

        List<ConsumerRecord<String, String>> records = CloudEvents.withKey(Events.TOPIC, workerId, 2,
                Duration.ofSeconds(20));
        assertThat(records).extracting(r -> CloudEvents.header(r, "ce_type"))
                .containsOnly(Events.WORKER_UPDATED);
        EventContracts.assertAllConform(records);
        assertThat(records).extracting(ConsumerRecord::value)
                .satisfiesExactly(v -> assertThat(v).contains("\"team\":\"North\""),
                        v -> assertThat(v).contains("\"team\":\"South\""));
        assertThat(new Db(dataSource).count("select count(*) from kit.outbox_event where event_key = ?", workerId))
                .isEqualTo(2);
    }

    @Test
    void anInvalidRecordIsA400NamingTheFieldAndStoresNothing() {
        String workerId = Fixtures.newWorkerId();
        put(Fixtures.hr("R9A"), workerId,
                "{\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2025-04-01\",\"endDate\":\"2025-03-01\"}")
                .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("endDate"));
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr("R9A"))
                .contentType(ContentType.JSON)
                .body("{\"role\":\"CHIEF\",\"team\":\"North\",\"startDate\":\"2025-04-01\"}")
                .put("/v1/workers/" + workerId).then()
                .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("role"));
        put(Fixtures.hr("R9A"), "not an id", Fixtures.workerJson("North"))
                .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("workerId"));
        assertThat(new Db(dataSource).count("select count(*) from worker where worker_id = ?", workerId)).isZero();
    }

    @Test
    void aWorkerReadsTheirOwnRecordOnly() {
        String workerId = Fixtures.newWorkerId();
        String colleague = Fixtures.newWorkerId();
        put(Fixtures.hr("R9A"), workerId, Fixtures.workerJson("North")).statusCode(201);
        put(Fixtures.hr("R9A"), colleague, Fixtures.workerJson("North")).statusCode(201);
        given().header("Authorization", Fixtures.psw("R9A", workerId)).get("/v1/workers/" + workerId)
                .then().statusCode(200).body("workerId", equalTo(workerId));
        given().header("Authorization", Fixtures.psw("R9A", workerId)).get("/v1/workers/" + colleague)
                .then().spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.psw("R9A", workerId)).get("/v1/workers")
                .then().spec(problem(403, "forbidden"));
        put(Fixtures.psw("R9A", workerId), workerId, Fixtures.workerJson("Elsewhere"))
                .spec(problem(403, "forbidden"));
    }

    @Test
    void theWorkforceComesInBoundedPagesThatNeitherRepeatNorSkipAWorker() {
        String organisation = "P" + (1000 + (int) (Math.random() * 9000));
        List<String> put = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String workerId = Fixtures.newWorkerId();
            put(Fixtures.hr(organisation), workerId, Fixtures.workerJson("North")).statusCode(201);
            put.add(workerId);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            var request = given().header("Authorization", Fixtures.hr(organisation)).queryParam("limit", 2);
            var page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/v1/workers").then()
                    .statusCode(200).extract();
            List<String> ids = page.path("items.workerId");
            sizes.add(ids.size());
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(put); // oldest change first
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr(organisation))
                .queryParam("limit", 501).get("/v1/workers")
                .then().spec(problem(400, "validation-failed"));
        given().header("Authorization", Fixtures.hr(organisation)).queryParam("cursor", "not-a-cursor")
                .get("/v1/workers").then().statusCode(400);
    }

    @Test
    void theRosterOfAnotherOrganisationIsNotThere() {
        String workerId = Fixtures.newWorkerId();
        put(Fixtures.hr("R9A"), workerId, Fixtures.workerJson("North")).statusCode(201);
        given().header("Authorization", Fixtures.hr("R9B")).get("/v1/workers/" + workerId)
                .then().spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.hr("R9B")).get("/v1/workers")
                .then().statusCode(200).body("items.workerId", not(hasItem(workerId)));
        // The same worker id in another trust is another person.
        put(Fixtures.hr("R9B"), workerId, Fixtures.workerJson("Coast")).statusCode(201);
        given().header("Authorization", Fixtures.hr("R9A")).get("/v1/workers/" + workerId)
                .then().statusCode(200).body("team", equalTo("North"));
    }
}
