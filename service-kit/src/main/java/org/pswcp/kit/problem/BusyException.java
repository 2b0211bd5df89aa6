package org.pswcp.kit.problem;

/**
 * The service takes no more of this kind of request just now (as many long polls wait as it allows); the caller tries
 * again after a few seconds. Not a domain rule: a limit of this instance.
 */
public class BusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
