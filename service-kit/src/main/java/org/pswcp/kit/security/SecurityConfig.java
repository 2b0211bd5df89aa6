package org.pswcp.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the caller's organisation and worker id are found in an access token. */
@ConfigMapping(prefix = "pswcp.security")
public interface SecurityConfig {

    /** Claim holding the caller's organisation, an NHS ODS code such as {@code RV3}. */
    @WithDefault("organisation")
    String organisationClaim();

    /** Claim holding the caller's worker id as their trust knows it (an ESR employee number). */
    @WithDefault("worker_id")
    String workerIdClaim();
}
