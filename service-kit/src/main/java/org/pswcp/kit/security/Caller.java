package org.pswcp.kit.security;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pswcp.kit.problem.AccessDeniedException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: read once per request from the bearer token. The organisation and worker id come from token claims
 * only, never from a request parameter, so nobody can act for another organisation by editing a URL.
 */
@RequestScoped
public class Caller {

    /** NHS ODS organisation codes: three to five letters and digits. */
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}");

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final SecurityConfig config;

    Caller(SecurityIdentity identity, JsonWebToken token, SecurityConfig config) {
        this.identity = identity;
        this.token = token;
        this.config = config;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * The account: the token's {@code sub} claim, a user's or a client's service account's id, which never changes. Not
     * the username (the principal's name), which can be renamed or given to someone else. The person behind an account
     * is their {@link #workerId()}: rules about "your own" records compare worker ids.
     */
    public String subject() {
        if (isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new AccessDeniedException("Your token names no subject.");
        }
        return subject;
    }

    /** A readable name for the audit trail: the username, or the subject for clients. */
    public String displayName() {
        if (isAnonymous()) {
            return "anonymous";
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : subject();
    }

    /** The OAuth client the token was issued to: which app or HR system made the call. */
    public Optional<String> clientId() {
        return isAnonymous() ? Optional.empty() : Optional.ofNullable(token.getClaim("azp"));
    }

    public Optional<String> organisationIfPresent() {
        if (isAnonymous()) {
            return Optional.empty();
        }
        return organisationOf(token, config);
    }

    /**
     * The organisation a token names, if its claim is a well-formed ODS code: the claim comes from a token, so nothing
     * else is taken as an organisation, nor written where one goes (a query, a log line).
     */
    public static Optional<String> organisationOf(JsonWebToken token, SecurityConfig config) {
        return token.getClaim(config.organisationClaim()) instanceof String code && ODS_CODE.matcher(code).matches()
                ? Optional.of(code)
                : Optional.empty();
    }

    /** The caller's organisation; a token without a valid one may not touch organisation data. */
    public String organisation() {
        return organisationIfPresent()
                .orElseThrow(() -> new AccessDeniedException("Your token does not name an organisation."));
    }

    public Optional<String> workerId() {
        if (isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(config.workerIdClaim());
        return claim instanceof String id && !id.isBlank() ? Optional.of(id) : Optional.empty();
    }

    /** Whether the caller is this worker: their token's worker id is it. */
    public boolean isWorker(String workerId) {
        return workerId().map(workerId::equals).orElse(false);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }
}
