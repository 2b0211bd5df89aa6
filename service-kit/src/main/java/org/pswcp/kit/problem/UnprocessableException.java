package org.pswcp.kit.problem;

/** The request is understood and valid on its own, but cannot be processed as sent (a reused Idempotency-Key). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String message) {
        super(message);
    }
}
