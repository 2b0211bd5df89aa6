package org.pswcp.kit.audit;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pswcp.kit.problem.ProblemMapper;
import org.pswcp.kit.security.Caller;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Every refusal reaches the audit trail, with the reason: a token the service does not accept (401: {@code no-token} or
 * {@code invalid-token}; {@code RequestLimits} answers it, and counts it against the client's rate) and roles that do
 * not allow the operation (403 {@code role}, here). Refusals by a rule about the caller and the record are the audited
 * operation's own ({@link AuditInterceptor}). The action of a refusal is the operation ({@code GET
 * /v1/sessions/{id}/confidential}), its resource the path's {@code id} where it has one; never a header or body of the
 * request.
 */
@ApplicationScoped
public class Refusals {

    private final AuditTrail trail;
    private final MeterRegistry registry;
    private final Instance<Caller> caller;

    Refusals(AuditTrail trail, MeterRegistry registry, Instance<Caller> caller) {
        this.trail = trail;
        this.registry = registry;
        this.caller = caller;
    }

    @ServerExceptionMapper(priority = ProblemMapper.PRIORITY - 1)
    public Uni<Response> roleRefused(ForbiddenException e, ContainerRequestContext request, ResourceInfo resource) {
        ProblemMapper.countDenial(registry, "role");
        return record(caller.get(), request, resource, "role",
                ProblemMapper.forbidden(request.getUriInfo().getRequestUri().getRawPath()));
    }

    /** Records a request refused for its token (no caller is known), then answers {@code response}. */
    public Uni<Response> tokenRefused(ContainerRequestContext request, ResourceInfo resource, Response response) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return record(null, request, resource,
                authorization == null || authorization.isBlank() ? "no-token" : "invalid-token", response);
    }

    /**
     * Records the refusal in a transaction of its own, on a worker thread (a refused token can be answered on the event
     * loop, which must not wait for the database), then answers {@code response}. The event is made here, on the
     * request's thread, with its ids and caller.
     */
    private Uni<Response> record(Caller by, ContainerRequestContext request, ResourceInfo resource, String reason,
            Response response) {
        AuditEvent event = by == null
                ? AuditTrail.unauthenticated(action(request, resource), id(request), reason)
                : AuditTrail.event(by, action(request, resource), null, id(request), AuditOutcome.DENIED, reason);
        return Uni.createFrom().item(() -> {
            trail.append(event);
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String action(ContainerRequestContext request, ResourceInfo resource) {
        return request.getMethod() + " " + template(resource);
    }

    private static String id(ContainerRequestContext request) {
        return request.getUriInfo().getPathParameters().getFirst("id");
    }

    private static String template(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        String base = type == null || !type.isAnnotationPresent(Path.class)
                ? ""
                : type.getAnnotation(Path.class).value();
        String own = method == null || !method.isAnnotationPresent(Path.class)
                ? ""
                : method.getAnnotation(Path.class).value();
        String path = (base + (own.isEmpty() || own.startsWith("/") || base.endsWith("/") ? "" : "/") + own);
        return path.isEmpty() ? "/" : path;
    }
}
