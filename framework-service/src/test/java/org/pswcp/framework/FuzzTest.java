package org.pswcp.framework;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.ContractFuzzer;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Every body and query parameter of openapi/framework-service.yaml, fuzzed for a fixed time (see ContractFuzzer). */
@QuarkusTest
class FuzzTest {

    @Inject
    DataSource dataSource;

    @Test
    void noRequestMakesA5xxAndNoRefusedOneStoresAnything() {
        // The editor's changes go to a framework of the fuzzer's own, never to the shipped one.
        String framework = Packages.frameworkWithDraft();
        Map<String, String> draft = Map.of("frameworkCode", framework, "versionCode", "v1", "statementCode", "1.1.1");
        ContractFuzzer.of("framework-service.yaml")
                .caller(Roles.FRAMEWORK_EDITOR,
                        Tokens.user("ed").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer())
                .pathValues("PUT /v1/frameworks/{frameworkCode}", Map.of("frameworkCode", Packages.newCode("fz")))
                .pathValues("POST /v1/frameworks/{frameworkCode}/versions", Map.of("frameworkCode", framework))
                .pathValues("PUT /v1/frameworks/{frameworkCode}/versions/{versionCode}/package", draft)
                .pathValues("PATCH /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements/{statementCode}",
                        draft)
                .storingIn(dataSource)
                .run();
    }
}
