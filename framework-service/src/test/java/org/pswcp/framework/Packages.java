package org.pswcp.framework;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Framework packages for tests: the shipped ones, copies of them under other codes, and a small one. */
final class Packages {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PUBLICATION = "frameworks/mh-psw-2020-10.json";

    private Packages() {
    }

    static RequestSpecification asEditor() {
        return given().header("Authorization",
                Tokens.user("ed.editor").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer())
                .contentType(ContentType.JSON);
    }

    static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The text of a shipped package, exactly as in the service's resources. */
    static String resource(String path) {
        try (InputStream in = Packages.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped October 2020 package, as another framework and version. */
    static ObjectNode publicationAs(String frameworkCode, String versionCode) {
        try {
            ObjectNode pkg = (ObjectNode) JSON.readTree(resource(PUBLICATION));
            ((ObjectNode) pkg.get("framework")).put("code", frameworkCode);
            ((ObjectNode) pkg.get("version")).put("code", versionCode).remove("supersedes");
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid package: two domains, two areas, a nested statement, one unit, one role profile. */
    static ObjectNode small(String frameworkCode, String versionCode) {
        try {
            ObjectNode pkg = (ObjectNode) JSON.readTree(
                    """
                            {
                              "format": "pswcp-framework-package/1",
                              "framework": {"code": "%s", "title": "A test framework"},
                              "version": {"code": "%s", "title": "First", "stage": "publication"},
                              "ratingScale": {"code": "two", "title": "Two levels", "levels": [
                                {"value": 1, "code": "not-yet", "label": "Not yet", "description": "Not yet.", "met": false},
                                {"value": 2, "code": "met", "label": "Met", "description": "Met.", "met": true}]},
                              "domains": [
                                {"code": "1", "title": "Knowing", "kind": "CORE", "areas": [
                                  {"code": "1.1", "title": "Knowing the law", "statements": [
                                    {"code": "1.1.1", "kind": "STATEMENT", "text": "An ability to draw on knowledge of:", "children": [
                                      {"code": "1.1.1.1", "kind": "STATEMENT", "text": "consent and capacity", "children": []}]}]}]},
                                {"code": "2", "title": "Doing", "kind": "OPTIONAL", "areas": [
                                  {"code": "2.1", "title": "Running groups", "statements": [
                                    {"code": "2.1.1", "kind": "STATEMENT", "text": "An ability to run a group", "children": []}]}]}],
                              "curriculum": {"sections": [{"code": "1", "title": "Basics", "units": [
                                {"code": "UNIT 1.1", "title": "The law", "aims": ["To know the law"], "areas": ["1.1"],
                                 "statements": ["1.1.1", "1.1.1.1"]}]}]},
                              "roleProfiles": [{"code": "worker", "title": "Worker", "description": "Does the work.",
                                "requirements": [{"area": "1.1", "level": "met"}]}],
                              "lineage": []
                            }"""
                            .formatted(frameworkCode, versionCode));
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String importDraft(String frameworkCode, JsonNode pkg) {
        return asEditor().body(pkg.toString()).post("/v1/frameworks/" + frameworkCode + "/versions")
                .then().statusCode(201).extract().path("code");
    }

    /** A new framework with one draft version, {@code v1}, of the small package. */
    static String frameworkWithDraft() {
        String code = newCode("fw");
        importDraft(code, small(code, "v1"));
        return code;
    }
}
