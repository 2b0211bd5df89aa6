package org.pswcp.supervision.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.security.Roles;

@Path("/v1/confidential-content/re-encryption")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "For the platform's operators: key rotation.")
public class ReEncryptionResource {

    private final ReEncryption reEncryption;

    ReEncryptionResource(ReEncryption reEncryption) {
        this.reEncryption = reEncryption;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Re-encrypt confidential content under the current key", description = "After a key"
            + " rotation (a new supervision.confidential.key, the old one kept under"
            + " supervision.confidential.previous-keys): in every organisation, moves what is about one worker and was"
            + " sealed under a master key onto that worker's own data key, seals the rest again under the current"
            + " master key, and wraps every worker's data key again under it; reports the counts. Once it reports"
            + " nothing left under a previous key, that key can be retired. Safe to repeat; audited. The content"
            + " itself is never in the answer.")
    @APIResponse(responseCode = "200", description = "What was examined and sealed again.")
    public ReEncryption.Report reEncrypt() {
        return reEncryption.run();
    }
}
