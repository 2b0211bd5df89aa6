package org.pswcp.testkit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens shaped like the platform realm's (roles in {@code realm_access.roles}, organisation and worker id
 * claims, audience {@code pswcp-api}), signed with the key of {@link OidcServerResource}.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "pswcp-api";

    private final String username;
    private final Set<String> roles = new LinkedHashSet<>();
    private String subject;
    private String organisation;
    private String workerId;
    private String clientId = "pswcp-cli";
    private String audience = AUDIENCE;

    private Tokens(String username) {
        this.username = username;
        this.subject = UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    /** A token for a person or a client called {@code username}. */
    public static Tokens user(String username) {
        return new Tokens(username);
    }

    public Tokens roles(String... roles) {
        this.roles.addAll(List.of(roles));
        return this;
    }

    public Tokens organisation(String organisation) {
        this.organisation = organisation;
        return this;
    }

    public Tokens workerId(String workerId) {
        this.workerId = workerId;
        return this;
    }

    public Tokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public Tokens clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /** Another audience than the platform's, to prove such tokens are refused. */
    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public String sign() {
        return sign(claims());
    }

    /** The claims of the token {@link #sign()} signs, to change one for an attack (see {@link TokenAttacks}). */
    public Map<String, Object> claims() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("preferred_username", username);
        claims.put("azp", clientId);
        claims.put("realm_access", Map.of("roles", List.copyOf(roles)));
        if (organisation != null) {
            claims.put("organisation", organisation);
        }
        if (workerId != null) {
            claims.put("worker_id", workerId);
        }
        return claims;
    }

    /** These claims, signed with the WireMock OIDC server's key (kid 1). */
    public static String sign(Map<String, Object> claims) {
        return Jwt.claims(claims).jws().keyId("1").sign("privateKey.jwk");
    }

    /** The value of an Authorization header. */
    public String bearer() {
        return "Bearer " + sign();
    }
}
