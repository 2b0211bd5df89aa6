package org.pswcp.testkit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error response must look like: RFC 9457 problem+json with our ids and no internals. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:pswcp:problem:";

    private Problems() {
    }

    /** A problem of the given status and type slug ({@code validation-failed}, {@code not-found}, ...). */
    public static ResponseSpecification problem(int status, String slug) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(MEDIA_TYPE)
                .expectBody("type", equalTo(TYPE_PREFIX + slug))
                .expectBody("status", equalTo(status))
                .expectBody("title", notNullValue())
                .expectBody("requestId", notNullValue())
                .expectBody("correlationId", notNullValue())
                .expectBody(allOf(not(containsString("Exception")), not(containsString("\tat ")),
                        not(containsString("org.pswcp")), not(containsString("java."))))
                .build();
    }
}
