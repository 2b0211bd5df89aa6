package org.pswcp.assessment;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.ContractFuzzer;

import io.quarkus.test.junit.QuarkusTest;

/** Every body and query parameter of openapi/assessment-service.yaml, fuzzed for a fixed time (see ContractFuzzer). */
@QuarkusTest
class FuzzTest {

    @Inject
    DataSource db;

    @Test
    void noRequestMakesA5xxAndNoRefusedOneStoresAnything() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        // The worker's own draft, to rate and give evidence for; a submitted one for the supervisor to return.
        String draft = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        String submitted = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        Fixtures.rate(team.superviseeToken(), submitted, "1.2.1", 3).statusCode(200);
        Fixtures.post(team.superviseeToken(), "/v1/assessments/" + submitted + "/submission").statusCode(200);
        ContractFuzzer.of("assessment-service.yaml")
                .caller(Roles.PSW, team.superviseeToken())
                .caller(Roles.SUPERVISOR, team.supervisorToken())
                .caller(Roles.HR, Fixtures.hr("R9A"))
                .pathValues("PUT /v1/assessments/{id}/ratings", Map.of("id", draft))
                .pathValues("POST /v1/assessments/{id}/evidence", Map.of("id", draft))
                .pathValues("POST /v1/assessments/{id}/return", Map.of("id", submitted))
                .pathValues("GET /v1/workers/{workerId}/competence-profile", Map.of("workerId", team.supervisee()))
                .pathValues("GET /v1/workers/{workerId}/development-plan", Map.of("workerId", team.supervisee()))
                .storingIn(db)
                .run();
    }
}
