package org.pswcp.kit.problem;

/** What the request points at existed but is kept no longer (a change feed cursor older than the events kept). */
public class GoneException extends DomainException {

    public GoneException(String message) {
        super(message);
    }
}
