package org.pswcp.kit.problem;

import java.net.URI;

/**
 * A kind of problem, with the stable {@code type} URI integrators switch on. Titles are the same for every occurrence
 * of a type (RFC 9457 §3.1.3); what differs goes into the detail.
 */
public record ProblemType(String slug, int status, String title) {

    public static final String URI_PREFIX = "urn:pswcp:problem:";

    public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", 400,
            "The request is not valid");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", 400,
            "The request body could not be read");
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", 401,
            "A valid bearer token is required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "Not allowed");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405,
            "Method not allowed on this resource");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406,
            "No acceptable representation");
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409,
            "The request conflicts with the current state of the resource");
    public static final ProblemType GONE = new ProblemType("gone", 410, "No longer available");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed", 412,
            "The resource has changed");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413,
            "The request body is too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", 415,
            "Unsupported media type");
    public static final ProblemType UNPROCESSABLE = new ProblemType("unprocessable", 422,
            "The request cannot be processed as sent");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", 429,
            "Too many requests");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500,
            "Something went wrong on our side");
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", 503,
            "The service is unavailable");

    public URI uri() {
        return URI.create(URI_PREFIX + slug);
    }

    /** The type for a bare HTTP status raised by the framework itself (no route, wrong method, ...). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : new ProblemType("http-" + status, status, "Request failed");
        };
    }
}
