package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.session.ConfidentialCipher;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A key rotated twice: k1 (the tests' usual key) and k2 still open what they sealed, k3 seals; the re-encryption an
 * operator runs moves what is about one worker onto that worker's data key and wraps every data key under k3, so that
 * k1 and k2 could be retired.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.RotatedTwice.class)
class KeyRotationTest {

    static final String K1 = "ZGV2LWFuZC10ZXN0LW9ubHktbm90LWEtcmVhbC1rZXk="; // %test's key, under which k1 sealed
    // The keys %test also knows as previous ones (application.properties), so that what this test leaves sealed under
    // them still opens in the other tests.
    static final String K2 = "dGVzdC1rZXktdHdvLWZvci1yb3RhdGlvbi10ZXN0cyE=";
    static final String K3 = "dGVzdC1rZXktdGhyZWUtZm9yLXJvdGF0aW9uLXRlc3Q=";

    public static class RotatedTwice implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supervision.confidential.key-id", "k3", "supervision.confidential.key", K3,
                    "supervision.confidential.previous-keys", "k1:" + K1 + ",k2:" + K2);
        }
    }

    private static String context(String session, String field) {
        return "supervision-session/" + session + "/" + field;
    }

    @Test
    void contentSealedUnderEitherPreviousKeyIsReadAndReEncryptedUnderTheCurrentOne() throws Exception {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        String supervisor = Fixtures.supervisor("R9A", agreed.supervisorWorkerId());
        String supervisee = Fixtures.psw("R9A", agreed.superviseeWorkerId());
        String id = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));
        given().header("Authorization", supervisee).contentType(ContentType.JSON)
                .body(Map.of("comment", "My own words.")).post("/v1/sessions/" + id + "/confirmation").then()
                .statusCode(200);

        // As if written before the rotations, and before content was kept per supervisee: the notes and the comment
        // under k1, the reflections under k2. In a one-to-one session they are its supervisee's.
        ConfidentialCipher k1 = ConfidentialCipher.withKey("k1", K1);
        ConfidentialCipher k2 = ConfidentialCipher.withKey("k2", K2);
        UUID session = UUID.fromString(id);
        Fixtures.db().update("update supervision_session set unattributed_notes = ?,"
                + " unattributed_wellbeing_reflections = ? where id = ?",
                k1.seal("Talked through the first month on the ward.", context(id, "notes")),
                k2.seal("Feeling settled.", context(id, "wellbeing-reflections")), session);
        Fixtures.db().update("update session_supervisee set comment = ?, notes = null, wellbeing_reflections = null"
                + " where session_id = ?",
                k1.seal("My own words.", context(id, "supervisees/" + agreed.superviseeWorkerId() + "/comment")),
                session);
        readsBack(supervisor, id);

        String operator = Tokens.user("olu.operator").roles(Roles.OPERATOR).organisation("X26").bearer();
        var report = given().header("Authorization", operator).post("/v1/confidential-content/re-encryption").then()
                .statusCode(200).body("keyId", equalTo("k3")).extract();
        assertThat(report.<Integer> path("reEncryptedByKey.k1")).isGreaterThanOrEqualTo(2);
        assertThat(report.<Integer> path("reEncryptedByKey.k2")).isGreaterThanOrEqualTo(1);
        assertThat(report.<Integer> path("reEncrypted")).isEqualTo(report.<Integer> path("reEncryptedByKey.k1")
                + report.<Integer> path("reEncryptedByKey.k2"));

        // What is about the supervisee is on their own data key now (format 2), which the master key alone does not
        // open; their key is wrapped under k3, and k3 alone unwraps it. The API reads it all as before.
        ConfidentialCipher k3Only = ConfidentialCipher.withKey("k3", K3);
        List<Object[]> sealed = Fixtures.db().rows("select unattributed_notes, unattributed_wellbeing_reflections"
                + " from supervision_session where id = ?", session);
        for (Object ciphertext : sealed.get(0)) {
            assertThat(ConfidentialCipher.sealedWithWorkerKey((byte[]) ciphertext)).isTrue();
            assertThatThrownBy(() -> k3Only.open((byte[]) ciphertext, context(id, "notes")))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(Fixtures.db().count("select count(*) from session_supervisee where comment is not null and"
                + " get_byte(comment, 0) <> 2")).isZero();
        Object[] key = Fixtures.keyStore().rows("select id, wrapped_key from worker_data_key where organisation = 'R9A'"
                + " and worker_id = ?", agreed.superviseeWorkerId()).get(0);
        assertThat(k3Only.open((byte[]) key[1], "worker-data-key/" + key[0] + "/R9A/" + agreed.superviseeWorkerId()))
                .hasSize(44);
        assertThat(Fixtures.keyStore().count("select count(*) from worker_data_key where"
                + " convert_from(substring(wrapped_key from 3 for get_byte(wrapped_key, 1)), 'SQL_ASCII') <> 'k3'"))
                .isZero();
        readsBack(supervisor, id);

        // Again: nothing left to do.
        given().header("Authorization", operator).post("/v1/confidential-content/re-encryption").then()
                .statusCode(200).body("reEncrypted", equalTo(0));
        assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action ="
                + " 'confidential-content.re-encrypt' and outcome = 'SUCCEEDED'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyAnOperatorReEncrypts() {
        for (String caller : List.of(Fixtures.hr("R9A"), Fixtures.auditor("R9A"),
                Fixtures.supervisor("R9A", Fixtures.newWorkerId()))) {
            given().header("Authorization", caller).post("/v1/confidential-content/re-encryption").then()
                    .spec(problem(403, "forbidden"));
        }
    }

    private static void readsBack(String supervisor, String id) {
        given().header("Authorization", supervisor).get("/v1/sessions/" + id + "/confidential").then()
                .statusCode(200).body("supervisees[0].notes", equalTo("Talked through the first month on the ward."))
                .body("supervisees[0].wellbeingReflections", equalTo("Feeling settled."))
                .body("supervisees[0].comment", equalTo("My own words."));
    }
}
