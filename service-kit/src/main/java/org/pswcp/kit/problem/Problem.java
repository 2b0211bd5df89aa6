package org.pswcp.kit.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.kit.request.RequestIds;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json} for every error. Carries the ids that let
 * support find the request in the logs, never a class name or a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem",
        description = "An RFC 9457 problem detail, returned as application/problem+json for every error.")
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem; switch on this.",
                example = "urn:pswcp:problem:validation-failed") URI type,
        @Schema(description = "Short summary, the same for every occurrence of the type.",
                example = "The request is not valid") String title,
        @Schema(description = "HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong this time, for a human.",
                example = "title must not be blank") String detail,
        @Schema(description = "The request path.", example = "/v1/frameworks/mh-psw/versions") String instance,
        @Schema(description = "Echo of X-Request-ID; quote it when you report a problem.",
                example = "5f0c2a4e-6a7b-4c1e-9d5f-3e2b1a0c9d8e") String requestId,
        @Schema(description = "Echo of X-Correlation-ID.",
                example = "5f0c2a4e-6a7b-4c1e-9d5f-3e2b1a0c9d8e") String correlationId,
        @Schema(description = "The fields at fault, for validation problems.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestIds.requestId(),
                RequestIds.correlationId(), errors);
    }
}
