package org.pswcp.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The bare application's one endpoint: authenticated as the services' are, and nothing else. */
@Path("/bare")
public class BareResource {

    private final SecurityIdentity identity;

    BareResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello " + identity.getPrincipal().getName();
    }
}
