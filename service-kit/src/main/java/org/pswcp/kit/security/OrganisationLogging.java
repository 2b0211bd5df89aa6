package org.pswcp.kit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pswcp.kit.request.RequestIds;

import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;

/**
 * Puts the caller's organisation on the request's log lines as soon as the token is verified: only a well-formed ODS
 * code ({@link Caller#organisationOf}), since a log line must never carry what a caller chose to put there.
 */
@ApplicationScoped
class OrganisationLogging {

    private final SecurityConfig config;

    OrganisationLogging(SecurityConfig config) {
        this.config = config;
    }

    void onAuthenticated(@Observes AuthenticationSuccessEvent event) {
        if (event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            Caller.organisationOf(token, config).ifPresent(RequestIds::bindOrganisation);
        }
    }
}
