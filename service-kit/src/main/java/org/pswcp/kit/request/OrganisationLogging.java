package org.pswcp.kit.request;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pswcp.kit.security.SecurityConfig;

import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;

/**
 * Puts the caller's organisation on the request's log lines as soon as the token is verified. Only a well-formed ODS
 * code is written: the claim comes from a token, and a log line must never carry what a caller chose to put there.
 */
@ApplicationScoped
class OrganisationLogging {

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}");

    private final SecurityConfig config;

    OrganisationLogging(SecurityConfig config) {
        this.config = config;
    }

    void onAuthenticated(@Observes AuthenticationSuccessEvent event) {
        if (event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token
                && token.getClaim(config.organisationClaim()) instanceof String code
                && ODS_CODE.matcher(code).matches()) {
            RequestIds.bindOrganisation(code);
        }
    }
}
