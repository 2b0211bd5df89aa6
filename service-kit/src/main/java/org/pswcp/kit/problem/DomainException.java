package org.pswcp.kit.problem;

import java.util.List;

/**
 * A rule of the domain said no. Knows nothing of HTTP: {@link ProblemMapper} decides how each kind is answered. The
 * message is shown to the caller as the problem's detail, so it must never carry confidential text.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldError> errors;

    protected DomainException(String message) {
        this(message, List.of());
    }

    protected DomainException(String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The fields at fault, when the caller's input is to blame. */
    public List<FieldError> errors() {
        return errors;
    }
}
