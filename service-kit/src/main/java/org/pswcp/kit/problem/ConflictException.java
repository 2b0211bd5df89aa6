package org.pswcp.kit.problem;

/** The request is well formed but clashes with the resource's current state (an illegal transition, a duplicate). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
