package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.pswcp.testkit.Problems.problem;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.supervision.session.ConfidentialCipher;
import org.pswcp.supervision.session.WorkerKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The workers' data keys live in the key store, a database of their own, so that the service's database and its backups
 * hold no key. Keys that a release before the key store left in the service's database open what they sealed until they
 * move, and after; a second key an old instance made for a worker who has one in the key store stays, and goes with the
 * worker's records. With the key store out of reach, what needs confidential content is a 503 and the rest serves.
 */
@QuarkusTest
class KeyStoreTest {

    private static final String ORG = "R1K";
    private static final String K1 = "ZGV2LWFuZC10ZXN0LW9ubHktbm90LWEtcmVhbC1rZXk=";
    private static final String KEY_ROW = "select id, organisation, worker_id, wrapped_key, created_at from"
            + " worker_data_key where organisation = ? and worker_id = ?";
    private static final String INSERT = "insert into worker_data_key (id, organisation, worker_id, wrapped_key,"
            + " created_at) values (?, ?, ?, ?, ?)";

    @Inject
    WorkerKeys workerKeys;

    @Test
    void aKeyLeftInTheServiceDatabaseOpensWhatItSealedAndMovesToTheKeyStore() throws Exception {
        Noted noted = noted();
        Fixtures.Agreed agreed = noted.agreed();
        String notes = noted.notes();
        String id = noted.session();
        assertThat(Fixtures.db().count("select count(*) from worker_data_key")).isZero();

        // As a release before the key store kept it: in the service's database.
        Object[] key = Fixtures.keyStore().rows(KEY_ROW, ORG, agreed.superviseeWorkerId()).get(0);
        Fixtures.db().update(INSERT, key);
        Fixtures.keyStore().update("delete from worker_data_key where id = ?", key[0]);
        readsNotes(agreed, id, notes);

        assertThat(workerKeys.moveFromServiceDatabase()).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.db().count("select count(*) from worker_data_key")).isZero();
        assertThat(Fixtures.keyStore().rows(KEY_ROW, ORG, agreed.superviseeWorkerId()))
                .singleElement().satisfies(moved -> {
                    assertThat(moved[0]).isEqualTo(key[0]);
                    assertThat((byte[]) moved[3]).isEqualTo((byte[]) key[3]);
                    assertThat(moved[4]).isEqualTo(key[4]);
                });
        readsNotes(agreed, id, notes);
        assertThat(workerKeys.moveFromServiceDatabase()).isZero();
    }

    @Test
    void anOldInstancesSecondKeyForAWorkerStaysUntilTheirRecordsAreDestroyed() throws Exception {
        String worker = Fixtures.dueWorker(ORG);
        Fixtures.keyStore().update(INSERT, wrappedKey(worker));
        Object[] second = wrappedKey(worker);
        Fixtures.db().update(INSERT, second);

        workerKeys.moveFromServiceDatabase();
        assertThat(Fixtures.db().count("select count(*) from worker_data_key where id = ?", second[0])).isEqualTo(1);
        assertThat(Fixtures.keyStore().count("select count(*) from worker_data_key where worker_id = ?", worker))
                .isEqualTo(1);

        given().header("Authorization", Fixtures.recordsManager(ORG)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Appraised: period passed.")).post("/v1/workers/" + worker + "/destruction")
                .then().statusCode(201).body("dataKeyDestroyed", equalTo(true));
        assertThat(Fixtures.db().count("select count(*) from worker_data_key where worker_id = ?", worker)).isZero();
        assertThat(Fixtures.keyStore().count("select count(*) from worker_data_key where worker_id = ?", worker))
                .isZero();
    }

    @Test
    void withTheKeyStoreOutOfReachConfidentialContentIsA503AndTheRestServes() throws Exception {
        Noted noted = noted();
        Fixtures.Agreed agreed = noted.agreed();
        String notes = noted.notes();
        String id = noted.session();
        String keyStore = (String) Fixtures.keyStore().single("select current_database()");
        String supervisor = Fixtures.supervisor(ORG, agreed.supervisorWorkerId());
        try {
            // No new connection is let in (PostgreSQL's "too many connections"), and the open ones are cut.
            Fixtures.db().update("alter database " + keyStore + " connection limit 0");
            Fixtures.db().single("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ?",
                    keyStore);

            given().header("Authorization", supervisor).get("/v1/sessions/" + id + "/confidential").then()
                    .spec(problem(503, "unavailable")).header("Retry-After", notNullValue())
                    .body(not(containsString(notes)));
            given().header("Authorization", supervisor).get("/v1/sessions/" + id).then().statusCode(200);
            given().header("Authorization", Fixtures.hr(ORG)).get("/v1/workers/" + agreed.superviseeWorkerId())
                    .then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            Fixtures.db().update("alter database " + keyStore + " connection limit -1");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readsNotes(agreed, id, notes));
    }

    /** A one-to-one session recorded between two new workers, with notes about the supervisee. */
    private record Noted(Fixtures.Agreed agreed, String session, String notes) {
    }

    private static Noted noted() {
        Fixtures.Agreed agreed = Fixtures.agreed(ORG);
        String notes = "Notes " + UUID.randomUUID();
        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        session.put("notes", notes);
        return new Noted(agreed, Fixtures.recordSession(ORG, agreed.supervisorWorkerId(), session), notes);
    }

    private static void readsNotes(Fixtures.Agreed agreed, String session, String notes) {
        for (String token : List.of(Fixtures.supervisor(ORG, agreed.supervisorWorkerId()),
                Fixtures.psw(ORG, agreed.superviseeWorkerId()))) {
            given().header("Authorization", token).get("/v1/sessions/" + session + "/confidential").then()
                    .statusCode(200).body("supervisees[0].notes", equalTo(notes));
        }
    }

    /** A new data key for the worker, as stored: its columns, wrapped under the master key k1 and bound to them. */
    private static Object[] wrappedKey(String worker) {
        UUID id = UUID.randomUUID();
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        byte[] wrapped = ConfidentialCipher.withKey("k1", K1).seal(Base64.getEncoder().encodeToString(raw),
                "worker-data-key/" + id + "/" + ORG + "/" + worker);
        return new Object[]{id, ORG, worker, wrapped, Timestamp.from(Instant.now())};
    }
}
