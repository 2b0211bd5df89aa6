package org.pswcp.kit.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A larger request body than {@code pswcp.limits.max-body-size} for this operation, on purpose: a whole framework
 * package, say. The service's {@code quarkus.http.limits.max-body-size} must be at least as large.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The largest body accepted, in bytes. */
    long bytes();
}
