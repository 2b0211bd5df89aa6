package org.pswcp.kit.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A token is accepted only from the clients meant to call the API: its authorised party ({@code azp}) must match
 * {@code pswcp.security.allowed-clients}. The audience ({@code pswcp-api}) says the token is for this platform; this
 * says which application asked for it, so a client that a realm administrator adds for another purpose (a dashboard, a
 * test tool) cannot call the API even if it were given the audience by mistake.
 */
@ApplicationScoped
public class AuthorisedParty implements SecurityIdentityAugmentor {

    private final SecurityConfig config;

    AuthorisedParty(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object azp = token.getClaim("azp");
        if (azp instanceof String client && config.allowedClients().matcher(client).matches()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("token of a client not allowed to call"));
    }
}
