package org.pswcp.kit.problem;

/**
 * The caller is known but may not do this. Use it only where the caller may know the resource exists; otherwise answer
 * {@link ResourceNotFoundException}.
 */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
