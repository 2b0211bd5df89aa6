package org.pswcp.kit.problem;

/** The resource does not exist, or the caller may not know that it does: both are answered the same way. */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String resource, Object id) {
        super("No " + resource + " with id " + id + " is visible to you.");
    }
}
