package org.pswcp.kit.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this service has already accepted, each with the identity made from it, until the token expires and for
 * at most {@link SecurityConfig.VerifiedTokenCache#ttl()}. Checking a token's signature and parsing its claims into an
 * identity was half the cost of an authenticated read, and a client sends the same token with every call for its
 * lifetime (minutes). Nothing is weaker for it: a token is only ever checked against its issuer's keys, never against a
 * revocation list, so a token accepted once would be accepted again until it expires; the time limit bounds how long a
 * removed signing key keeps working for tokens already seen.
 * <p>
 * Only what passed every check is kept ({@link Remember} runs after every other augmentor, and none runs after a
 * refusal); a token is found only by its exact text; a kept identity is handed out with the current request's context
 * in place of the one it was made in. At most {@link SecurityConfig.VerifiedTokenCache#maxEntries()} are kept.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity handed out from here, so that {@link Remember} does not keep it again. */
    static final String FROM_CACHE = "pswcp.verified-token";

    private record Kept(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final SecurityConfig.VerifiedTokenCache config;
    private final AtomicLong hits = new AtomicLong();

    VerifiedTokens(SecurityConfig config, MeterRegistry registry) {
        this.config = config.verifiedTokenCache();
        Gauge.builder("pswcp.security.verified.tokens", kept, Map::size)
                .description("Accepted bearer tokens kept, so that they are not verified again").register(registry);
        FunctionCounter.builder("pswcp.security.verified.token.reuses", hits, AtomicLong::doubleValue)
                .description("Calls whose bearer token was accepted before and not verified again")
                .register(registry);
    }

    /** How many calls were served an identity kept here. */
    public long hits() {
        return hits.get();
    }

    /** Before the OIDC provider (priority 1001): a token kept here is not verified again. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Kept found = token == null ? null : kept.get(token);
        if (found == null) {
            return Uni.createFrom().nullItem(); // the next provider verifies it
        }
        if (!Instant.now().isBefore(found.until())) {
            kept.remove(token, found);
            return Uni.createFrom().nullItem();
        }
        hits.incrementAndGet();
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(found.identity())
                .addAttribute(FROM_CACHE, Boolean.TRUE)
                .addAttribute(RoutingContext.class.getName(), current)
                .addAttribute(AuthenticationRequestContext.class.getName(),
                        current == null ? null : current.get(AuthenticationRequestContext.class.getName()));
        return Uni.createFrom().item(identity.build());
    }

    /** Keeps an identity that every provider and augmentor accepted, until its token expires. */
    void remember(SecurityIdentity identity) {
        if (!config.enabled() || identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null
                || token.getExpirationTime() <= 0) {
            return;
        }
        Instant now = Instant.now();
        Instant until = Instant.ofEpochSecond(token.getExpirationTime());
        Instant latest = now.plus(config.ttl());
        if (!now.isBefore(until)) {
            return;
        }
        if (kept.size() >= config.maxEntries()) {
            kept.values().removeIf(k -> !now.isBefore(k.until()));
            if (kept.size() >= config.maxEntries()) {
                return; // full of live tokens: verify this one each time rather than grow
            }
        }
        kept.put(token.getRawToken(), new Kept(withoutRequest(identity), until.isBefore(latest) ? until : latest));
    }

    /**
     * The identity without the request it was made in: kept, it would hold that request's objects for as long as the
     * token is kept. {@link #authenticate} puts the current request's in their place.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null)
                .build();
    }

    /** The last augmentor: what reaches it has passed every check. */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Remember(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
