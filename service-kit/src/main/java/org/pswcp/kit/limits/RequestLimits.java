package org.pswcp.kit.limits;

import java.lang.reflect.Method;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pswcp.kit.audit.Refusals;
import org.pswcp.kit.problem.ProblemMapper;
import org.pswcp.kit.problem.ProblemType;

import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The limits every operation keeps before it reads its body: the body's size ({@link LimitsConfig#maxBodySize()} or the
 * operation's {@link BodyLimit}) and the caller's rate ({@link RateLimiter}). A body too large is a 413, a caller over
 * their rate a 429 with {@code Retry-After}; both are problems, and neither reaches the operation, so nothing is
 * stored. A token that fails authentication is charged to the client's address ({@link #refusedToken}). Every response
 * says how much is left ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}, as the IETF draft names them).
 */
public class RequestLimits {

    static final String BODY_LIMIT = "pswcp.limits.body";
    private static final String DECISION = "pswcp.limits.decision";
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final LimitsConfig config;
    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final Refusals refusals;

    RequestLimits(LimitsConfig config, RateLimiter limiter, CurrentIdentityAssociation identities,
            Refusals refusals) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities;
        this.refusals = refusals;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        long bodyLimit = bodyLimitOf(resource.getResourceMethod());
        request.setProperty(BODY_LIMIT, bodyLimit);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length, bodyLimit)) {
            return Uni.createFrom().item(tooLarge(bodyLimit, http.path()));
        }
        boolean write = !READS.contains(request.getMethod());
        String address = "address:" + (http.remoteAddress() == null ? "?" : http.remoteAddress().host());
        if (!isSecured(resource)) {
            return Uni.createFrom().item(charge(request, address, write, http.path()));
        }
        return identities.getDeferredIdentity()
                .map(identity -> charge(request, identity.getPrincipal() instanceof JsonWebToken token
                        && token.getSubject() != null ? "sub:" + token.getSubject() : address, write, http.path()));
    }

    /**
     * A token that fails authentication is charged to its client's address as a change, the stricter limit: guessing
     * tokens is as limited as making changes. The 401 says how much is left; past the limit it is a 429.
     */
    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = ProblemMapper.PRIORITY - 1)
    public Uni<Response> refusedToken(ContainerRequestContext request, ResourceInfo resource,
            HttpServerRequest http) {
        String address = "address:" + (http.remoteAddress() == null ? "?" : http.remoteAddress().host());
        Response tooMany = charge(request, address, true, http.path());
        if (tooMany != null) {
            return Uni.createFrom().item(tooMany);
        }
        return refusals.tokenRefused(request, resource, ProblemMapper.unauthenticated(http.path()));
    }

    /** Takes the request from the caller's bucket: null to go on, else the 429. */
    private Response charge(ContainerRequestContext request, String caller, boolean write, String path) {
        RateLimiter.Decision decision = limiter.take(caller, write);
        request.setProperty(DECISION, decision);
        return decision.allowed() ? null : tooMany(decision, write, path);
    }

    @ServerResponseFilter
    public void rateHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private long bodyLimitOf(Method method) {
        BodyLimit declared = method == null ? null : method.getAnnotation(BodyLimit.class);
        return declared != null ? declared.bytes() : config.maxBodySize().asLongValue();
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length before we get here
        }
    }

    /** Whether the operation needs a token: then its caller is the token's account, else the client's address. */
    private static boolean isSecured(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        Class<?> type = resource.getResourceClass();
        return method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(Authenticated.class)
                || (type != null && (type.isAnnotationPresent(RolesAllowed.class)
                        || type.isAnnotationPresent(Authenticated.class)));
    }

    static Response tooLarge(long limit, String path) {
        return ProblemMapper.response(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this operation accepts (" + limit + " bytes).", path);
    }

    private static Response tooMany(RateLimiter.Decision decision, boolean write, String path) {
        return Response.fromResponse(ProblemMapper.response(ProblemType.TOO_MANY_REQUESTS, "You have made more than "
                + decision.limit() + (write ? " changes" : " reads") + " a minute; try again after Retry-After"
                + " seconds.", path))
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .header("RateLimit-Limit", decision.limit())
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", decision.resetSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
        return tooLarge(e.limit, uri.getRequestUri().getRawPath());
    }

    /** Thrown while reading a body without Content-Length that turns out larger than its limit. */
    static final class BodyTooLargeException extends RuntimeException {

        final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }
}
