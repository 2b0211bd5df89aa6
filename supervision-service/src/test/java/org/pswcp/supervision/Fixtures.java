package org.pswcp.supervision;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.restassured.http.ContentType;

final class Fixtures {

    /** An agreement HR recorded, and its two workers. */
    record Agreed(String id, String superviseeWorkerId, String supervisorWorkerId) {
    }

    private Fixtures() {
    }

    static String psw(String organisation, String workerId) {
        return Tokens.user("psw-" + workerId).roles(Roles.PSW).organisation(organisation).workerId(workerId)
                .bearer();
    }

    static String supervisor(String organisation, String workerId) {
        return Tokens.user("sup-" + workerId).roles(Roles.SUPERVISOR).organisation(organisation).workerId(workerId)
                .bearer();
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String auditor(String organisation) {
        return Tokens.user("aud-" + organisation).roles(Roles.AUDITOR).organisation(organisation).bearer();
    }

    static String newWorkerId() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    static String workerJson(String team) {
        return "{\"role\":\"PSW\",\"team\":\"" + team + "\",\"startDate\":\"2025-04-01\"}";
    }

    /** Puts the workers on the organisation's roster, as HR does. */
    static void onRoster(String organisation, String... workerIds) {
        for (String workerId : workerIds) {
            given().header("Authorization", hr(organisation)).contentType(ContentType.JSON)
                    .body(workerJson("North")).put("/v1/workers/" + workerId).then().statusCode(201);
        }
    }

    /** A valid, open-ended role-specific agreement between the two, as JSON fields to send or change first. */
    static Map<String, Object> agreement(String superviseeWorkerId, String supervisorWorkerId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("superviseeWorkerId", superviseeWorkerId);
        json.put("supervisorWorkerId", supervisorWorkerId);
        json.put("type", "ROLE_SPECIFIC");
        json.put("frequency", "P2W");
        json.put("format", "IN_PERSON");
        json.put("location", "Peer support office, Riverside House");
        json.put("startDate", "2025-04-07");
        return json;
    }

    /** Records the agreement as the organisation's HR; it must succeed. */
    static String record(String organisation, Map<String, Object> agreement) {
        return given().header("Authorization", hr(organisation)).contentType(ContentType.JSON).body(agreement)
                .post("/v1/agreements").then().statusCode(201).extract().path("id");
    }

    /** Two new workers on the organisation's roster and an open-ended role-specific agreement between them. */
    static Agreed agreed(String organisation) {
        String supervisee = newWorkerId();
        String supervisor = newWorkerId();
        onRoster(organisation, supervisee, supervisor);
        return new Agreed(record(organisation, agreement(supervisee, supervisor)), supervisee, supervisor);
    }
}
