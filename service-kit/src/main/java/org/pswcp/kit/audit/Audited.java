package org.pswcp.kit.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Writes an audit event for every call of the method: in the same transaction as its change when it succeeds, in a
 * transaction of its own when it fails. The resource id is the parameter marked {@link AuditedResourceId}, or else the
 * {@code id} of the returned record.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What was done, as {@code <resource>.<verb>}: {@code framework-version.publish}, {@code session-notes.read}. */
    @Nonbinding
    String action() default "";

    /** The kind of resource acted on: {@code framework-version}, {@code supervision-session}. */
    @Nonbinding
    String resourceType() default "";
}
