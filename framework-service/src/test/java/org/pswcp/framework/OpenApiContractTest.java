package org.pswcp.framework;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedContractIsTheCommittedOne() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertServedEqualsCommitted(served, "framework-service.yaml");
    }
}
