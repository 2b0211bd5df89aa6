package org.pswcp.framework;

import org.pswcp.testkit.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract.ServedContractTest {

    OpenApiContractTest() {
        super("framework-service.yaml");
    }
}
