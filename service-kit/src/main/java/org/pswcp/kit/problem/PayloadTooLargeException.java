package org.pswcp.kit.problem;

/**
 * What was sent is within the body limit but holds more than the operation takes, such as a file of too many rows:
 * answered like a body over its limit (413).
 */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
