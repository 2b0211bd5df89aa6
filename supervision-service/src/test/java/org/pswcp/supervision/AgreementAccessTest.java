package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with an agreement of organisation R9A. Each cell is a caller (by role and by whether they are a party
 * to the agreement, in R9A or in R9B with the same worker ids) on one endpoint: 2xx where allowed, 403 for a role that
 * may never call it, 404 where the caller may not learn that the agreement exists. {@code 200+} is a list that shows
 * the agreement, {@code 200-} one that does not. Another organisation's HR names workers not on its roster: 400.
 */
@QuarkusTest
class AgreementAccessTest {

    private static final String MATRIX = """
            caller            organisation  create  list  get  end
            hr                R9A           201     200+  200  200
            supervisor-party  R9A           403     200+  200  403
            supervisor-other  R9A           403     200-  404  403
            psw-supervisee    R9A           403     200+  200  403
            psw-other         R9A           403     200-  404  403
            auditor           R9A           403     403   403  403
            hr                R9B           400     200-  404  404
            supervisor-party  R9B           403     200-  404  403
            supervisor-other  R9B           403     200-  404  403
            psw-supervisee    R9B           403     200-  404  403
            psw-other         R9B           403     200-  404  403
            auditor           R9B           403     403   403  403
            anonymous         -             401     401   401  401
            """;

    @Inject
    DataSource dataSource;

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(MATRIX);
    }

    @ParameterizedTest(name = "{0} as {1} of {2}: {3}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheMatrixSays(String endpoint, String caller, String organisation, String expected) {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        RequestSpecification request = given();
        String bearer = bearer(caller, organisation, agreed);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }

        Response response = switch (endpoint) {
            case "create" -> {
                Map<String, Object> clinical = Fixtures.agreement(agreed.superviseeWorkerId(),
                        agreed.supervisorWorkerId());
                clinical.put("type", "CLINICAL");
                yield request.contentType(ContentType.JSON).body(clinical).post("/v1/agreements");
            }
            case "list" -> request.queryParam("superviseeWorkerId", agreed.superviseeWorkerId())
                    .get("/v1/agreements");
            case "get" -> request.get("/v1/agreements/" + agreed.id());
            case "end" -> request.contentType(ContentType.JSON).body("{\"endDate\":\"2025-12-31\"}")
                    .post("/v1/agreements/" + agreed.id() + "/end");
            default -> throw new IllegalArgumentException(endpoint);
        };

        String cell = endpoint + " as " + caller + " of " + organisation;
        int status = AccessMatrix.assertStatus(response, expected, cell);
        if (status == 200) {
            AccessMatrix.assertListed(response.path("items.id"), agreed.id(), expected, cell);
        }
        if (endpoint.equals("get") && status == 200) {
            assertThat(response.<String> path("id")).as(cell).isEqualTo(agreed.id());
        }
        assertThat(agreementsOf(agreed)).as("agreements of the pair after " + cell)
                .isEqualTo(endpoint.equals("create") && status == 201 ? 2 : 1);
        assertThat(isEnded(agreed)).as("ended after " + cell).isEqualTo(endpoint.equals("end") && status == 200);
    }

    private static String bearer(String caller, String organisation, Fixtures.Agreed agreed) {
        return switch (caller) {
            case "hr" -> Fixtures.hr(organisation);
            case "supervisor-party" -> Fixtures.supervisor(organisation, agreed.supervisorWorkerId());
            case "supervisor-other" -> Fixtures.supervisor(organisation, Fixtures.newWorkerId());
            case "psw-supervisee" -> Fixtures.psw(organisation, agreed.superviseeWorkerId());
            case "psw-other" -> Fixtures.psw(organisation, Fixtures.newWorkerId());
            case "auditor" -> Fixtures.auditor(organisation);
            case "anonymous" -> null;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private long agreementsOf(Fixtures.Agreed agreed) {
        return new Db(dataSource).count("select count(*) from supervision_agreement where supervisee_worker_id = ?"
                + " and supervisor_worker_id = ?", agreed.superviseeWorkerId(), agreed.supervisorWorkerId());
    }

    private boolean isEnded(Fixtures.Agreed agreed) {
        return new Db(dataSource).count(
                "select count(*) from supervision_agreement where id = ? and ended_at is not null",
                UUID.fromString(agreed.id())) == 1;
    }
}
