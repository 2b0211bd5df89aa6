package org.pswcp.supervision;

import org.pswcp.testkit.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract.ServedContractTest {

    OpenApiContractTest() {
        super("supervision-service.yaml");
    }
}
