package org.pswcp.kit.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter the request filters refuse before any resource runs. A JAX-RS exception, so that a resource
 * with its own error format (CASE's) renders it in that format; the kit's mapper renders a problem naming the
 * parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final transient FieldError error;

    public InvalidParameterException(FieldError error) {
        super(error.field() + " " + error.message());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
