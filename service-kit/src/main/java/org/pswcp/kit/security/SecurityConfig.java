package org.pswcp.kit.security;

import java.time.Duration;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the caller's organisation and worker id are found in an access token, and which clients may call. */
@ConfigMapping(prefix = "pswcp.security")
public interface SecurityConfig {

    /** Claim holding the caller's organisation, an NHS ODS code such as {@code RV3}. */
    @WithDefault("organisation")
    String organisationClaim();

    /** Claim holding the caller's worker id as their trust knows it (an ESR employee number). */
    @WithDefault("worker_id")
    String workerIdClaim();

    /**
     * The clients (a token's {@code azp}) whose tokens the API accepts, as a regular expression over the whole client
     * id: the people's client, the trusts' HR systems ({@code hr-system-<ods code>}) and learning systems
     * ({@code learning-system-<ods code>}), as deploy/README.md names them. A client named otherwise is refused with
     * 401, whatever its token's audience.
     */
    @WithDefault("pswcp-cli|hr-system-[a-z0-9]{3,5}|learning-system-[a-z0-9]{3,5}")
    Pattern allowedClients();

    /**
     * Bearer tokens already accepted, kept so that they are not verified again at each call ({@link VerifiedTokens}).
     */
    VerifiedTokenCache verifiedTokenCache();

    interface VerifiedTokenCache {

        /** Whether accepted tokens are kept at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * The longest a token is kept, however long it is valid: how long a signing key removed from the issuer keeps
         * working for tokens this service has already seen.
         */
        @WithDefault("60s")
        Duration ttl();

        /** How many tokens are kept at most; beyond it, new tokens are verified at each call. */
        @WithDefault("10000")
        int maxEntries();
    }
}
