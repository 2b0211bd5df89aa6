package org.pswcp.kit.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Makes a creating POST safe to retry with an {@code Idempotency-Key} header: a retry with the same key and the same
 * request returns the first response and creates nothing; the same key with a different request is a 422 problem.
 * Without the header the request is simply processed. The annotated resource method must return a {@code Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
}
