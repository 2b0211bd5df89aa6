package org.pswcp.kit.problem;

/** The caller's {@code If-Match} names a version that is no longer current: someone changed the resource meanwhile. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
