package org.pswcp.framework.casev1;

import java.net.URI;

import io.smallrye.config.ConfigMapping;

/** Settings of the CASE 1.0 API ({@code pswcp.case.*}). */
@ConfigMapping(prefix = "pswcp.case")
public interface CaseConfig {

    /**
     * The address at which clients reach this service, without a trailing slash: every CASE {@code uri} starts with it
     * ({@code https://pswcp.example.nhs.uk/framework}, say, behind an ingress). It is configuration, never taken from a
     * request's {@code Host} or forwarding headers, which a caller chooses.
     */
    URI baseUrl();
}
