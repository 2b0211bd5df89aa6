package org.pswcp.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pswcp.testkit.ContractValidation;

import io.restassured.specification.RequestSpecification;

/** The running e2e stack, and real tokens from its Keycloak. */
final class Stack {

    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://127.0.0.1:18180");
    static final String FRAMEWORK = System.getProperty("e2e.framework", "http://127.0.0.1:18081");
    static final String ASSESSMENT = System.getProperty("e2e.assessment", "http://127.0.0.1:18082");
    static final String SUPERVISION = System.getProperty("e2e.supervision", "http://127.0.0.1:18083");
    /** The private key of the signing key ./pswcp test gave the e2e realm (see keycloak_add_test_signing_key). */
    static final java.nio.file.Path SIGNING_KEY = java.nio.file.Path.of(System.getProperty("e2e.signing-key",
            "../.pswcp/e2e/test-signing-key.pem"));
    /** The folder of the stack's logs, one file per service. */
    static final java.nio.file.Path LOGS = java.nio.file.Path.of(System.getProperty("e2e.logs", "../.pswcp/e2e"));

    private static final String TOKEN_URL = KEYCLOAK + "/realms/pswcp/protocol/openid-connect/token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static {
        // Every call to a service, and its answer, is checked against the service's committed contract.
        ContractValidation.register(Map.of(FRAMEWORK, "framework-service.yaml", ASSESSMENT, "assessment-service.yaml",
                SUPERVISION, "supervision-service.yaml"));
    }

    private Stack() {
    }

    /** A demo user's access token, from the password grant of the demo CLI client. */
    static String userToken(String username) {
        return TOKENS.computeIfAbsent(username, u -> given().formParam("grant_type", "password")
                .formParam("client_id", "pswcp-cli").formParam("username", u).formParam("password", "demo-password")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    /** An HR system's access token, from the client-credentials grant. */
    static String clientToken(String clientId, String secret) {
        return TOKENS.computeIfAbsent(clientId, c -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", c).formParam("client_secret", secret)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    /** The realm's issuer, and its JSON Web Key Set. */
    static final String ISSUER = KEYCLOAK + "/realms/pswcp";
    static final String JWKS = ISSUER + "/protocol/openid-connect/certs";

    /** An access token of the stack's Keycloak administrator, for its admin API. */
    static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    /** The realm's admin API, as the administrator. */
    static RequestSpecification admin() {
        return given().baseUri(KEYCLOAK + "/admin/realms/pswcp").header("Authorization", "Bearer " + adminToken())
                .contentType("application/json");
    }

    static RequestSpecification as(String token, String baseUri) {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + token).contentType("application/json");
    }
}
