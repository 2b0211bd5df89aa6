package org.pswcp.supervision;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.ContractFuzzer;

import io.quarkus.test.junit.QuarkusTest;

/** Every body and query parameter of openapi/supervision-service.yaml, fuzzed for a fixed time (see ContractFuzzer). */
@QuarkusTest
class FuzzTest {

    @Inject
    DataSource dataSource;

    @Test
    void noRequestMakesA5xxAndNoRefusedOneStoresAnything() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        String session = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));
        ContractFuzzer.of("supervision-service.yaml")
                .caller(Roles.HR, Fixtures.hr("R9A"))
                .caller(Roles.SUPERVISOR, Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .caller(Roles.PSW, Fixtures.psw("R9A", agreed.superviseeWorkerId()))
                .caller(Roles.RECORDS_MANAGER, Fixtures.recordsManager("R9A"))
                .pathValues("PUT /v1/workers/{workerId}", Map.of("workerId", Fixtures.newWorkerId()))
                .pathValues("POST /v1/agreements/{id}/end", Map.of("id", agreed.id()))
                .pathValues("POST /v1/sessions/{id}/confirmation", Map.of("id", session))
                .pathValues("POST /v1/sessions/{id}/actions/{actionId}/done", Map.of("id", session))
                .storingIn(dataSource)
                .run();
    }
}
