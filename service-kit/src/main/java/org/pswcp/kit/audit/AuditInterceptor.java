package org.pswcp.kit.audit;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.DomainException;
import org.pswcp.kit.problem.ProblemMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Applies {@link Audited}. Runs inside {@code @Transactional} (a later priority), so that a successful action and its
 * audit row commit or roll back together; a failed action is recorded in a transaction of its own, since its own
 * transaction is being rolled back.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
class AuditInterceptor {

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Audited binding = bindingOf(invocation);
        String action = binding.action().isEmpty()
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : binding.action();
        String resourceId = resourceIdOf(invocation);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            QuarkusTransaction.requiringNew()
                    .run(() -> trail.record(action, binding.resourceType(), resourceId, outcomeOf(e), reasonOf(e)));
            throw e;
        }
        trail.record(action, binding.resourceType(), resourceId != null ? resourceId : idOf(result),
                AuditOutcome.SUCCEEDED, null);
        return result;
    }

    private static Audited bindingOf(InvocationContext invocation) {
        Audited onMethod = invocation.getMethod().getAnnotation(Audited.class);
        return onMethod != null ? onMethod : invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }

    private static String resourceIdOf(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(AuditedResourceId.class) && invocation.getParameters()[i] != null) {
                return invocation.getParameters()[i].toString();
            }
        }
        return null;
    }

    /** The {@code id} of a returned record, or of the record a {@link Response} carries. */
    static String idOf(Object result) {
        Object value = result instanceof Response response ? response.getEntity() : result;
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                try {
                    Object id = component.getAccessor().invoke(value);
                    return id == null ? null : id.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static AuditOutcome outcomeOf(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof ForbiddenException
                || e instanceof UnauthorizedException) {
            return AuditOutcome.DENIED;
        }
        return e instanceof DomainException ? AuditOutcome.REJECTED : AuditOutcome.FAILED;
    }

    /** The problem type's slug: never the exception's message, which could quote what was sent. */
    static String reasonOf(Exception e) {
        if (e instanceof DomainException domain) {
            return ProblemMapper.typeOf(domain.getClass()).slug();
        }
        if (e instanceof ForbiddenException || e instanceof UnauthorizedException) {
            return "forbidden";
        }
        return "internal-error";
    }
}
