package org.pswcp.testkit;

import java.time.Instant;
import java.util.UUID;

/** A small framework version, as framework-service announces a published one: for the services that learn it. */
public final class FrameworkVersions {

    public static final String VERSION_PUBLISHED = "org.pswcp.framework.version-published.v1";

    /**
     * A small framework: domain 1 (core) with area 1.1 (a sub-heading over two statements) and area 1.2 (one
     * statement), domain 9 (organisational) with area 9.1; units UNIT 1.1 and UNIT 1.2; role profiles psw and
     * senior-psw; the four-point scale.
     */
    public static final String CONTENT = """
            {"format": "pswcp-framework-package/1",
             "framework": {"code": "mh-psw", "title": "Test framework"},
             "version": {"code": "%s", "title": "Test version", "stage": "publication"},
             "ratingScale": {"code": "default-4", "title": "Four points", "levels": [
               {"value": 1, "code": "not-yet-demonstrated", "label": "Not yet demonstrated", "description": "-", "met": false},
               {"value": 2, "code": "developing", "label": "Developing", "description": "-", "met": false},
               {"value": 3, "code": "competent", "label": "Competent", "description": "-", "met": true},
               {"value": 4, "code": "can-support-others", "label": "Can support others", "description": "-", "met": true}]},
             "domains": [
               {"code": "1", "title": "Knowledge", "kind": "CORE", "areas": [
                 {"code": "1.1", "title": "Knowledge of consent", "statements": [
                   {"code": "1.1.1", "kind": "HEADING", "text": "Gaining consent", "children": [
                     {"code": "1.1.1.1", "kind": "STATEMENT", "text": "An ability to explain consent", "children": []},
                     {"code": "1.1.1.2", "kind": "STATEMENT", "text": "An ability to respect withdrawal", "children": []}]}]},
                 {"code": "1.2", "title": "Knowledge of safeguarding", "statements": [
                   {"code": "1.2.1", "kind": "STATEMENT", "text": "An ability to raise a concern", "children": []}]}]},
               {"code": "9", "title": "Organisations", "kind": "ORGANISATIONAL", "areas": [
                 {"code": "9.1", "title": "Recruitment", "statements": [
                   {"code": "9.1.1", "kind": "STATEMENT", "text": "An ability to recruit peer workers", "children": []}]}]}],
             "curriculum": {"sections": [{"code": "1", "title": "Knowledge", "units": [
               {"code": "UNIT 1.1", "title": "Consent", "aims": ["Consent"], "areas": ["1.1"], "statements": ["1.1.1.1", "1.1.1.2"]},
               {"code": "UNIT 1.2", "title": "Safeguarding", "aims": ["Safeguarding"], "areas": ["1.2"], "statements": ["1.2.1"]}]}]},
             "roleProfiles": [
               {"code": "psw", "title": "PSW", "description": "-", "requirements": [
                 {"area": "1.1", "level": "competent"}, {"area": "1.2", "level": "competent"}]},
               {"code": "senior-psw", "title": "Senior PSW", "description": "-", "requirements": [
                 {"area": "1.1", "level": "can-support-others"}, {"area": "1.2", "level": "competent"}]}],
             "lineage": []}""";

    private FrameworkVersions() {
    }

    /** The data of a FrameworkVersionPublished event for this version, with or without its content. */
    public static String publishedJson(UUID versionId, String versionCode, boolean withContent) {
        return "{\"frameworkId\":\"" + UUID.randomUUID() + "\",\"frameworkCode\":\"mh-psw\",\"versionId\":\""
                + versionId + "\",\"versionCode\":\"" + versionCode + "\",\"title\":\"Test version\","
                + "\"publishedAt\":\"" + Instant.now() + "\""
                + (withContent ? ",\"content\":" + CONTENT.formatted(versionCode) : "") + "}";
    }
}
