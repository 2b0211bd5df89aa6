package org.pswcp.kit.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.deadletter.DeadLetterDtos.DeadLetterList;
import org.pswcp.kit.deadletter.DeadLetterDtos.ReplayReport;
import org.pswcp.kit.deadletter.DeadLetterDtos.ReplayRequest;
import org.pswcp.kit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/** The dead letters of this service's consumers, for operators: what failed, and a way back once it is fixed. */
@Path("/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Events this service's consumers could not apply, and their replay.")
@Blocking
public class DeadLetterResource {

    private final DeadLetters letters;

    DeadLetterResource(DeadLetters letters) {
        this.letters = letters;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List dead letters", description = "Every event this service's consumers could not apply,"
            + " from their dead-letter topics: ids, type, times, why and how often it was tried, and whether it has"
            + " been applied since. Never the event's data. A service that consumes no topic has none.")
    @APIResponse(responseCode = "200", description = "The dead letters, oldest first per topic partition.")
    public DeadLetterList list() {
        return new DeadLetterList(letters.list());
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay dead letters", description = "After fixing what made them fail, applies a"
            + " consumer's dead letters again (those named, or all), each in its own transaction through the inbox:"
            + " one applied before is not applied again, so a replay can be repeated safely. The dead-letter topic is"
            + " left as it is; the list shows what has been applied since. Audited.")
    @APIResponse(responseCode = "200", description = "What the replay did, letter by letter.")
    @APIResponse(responseCode = "404", description = "This service has no consumer of that name.")
    public ReplayReport replay(@NotNull @Valid ReplayRequest request) {
        return letters.replay(request.consumer(), request.positions());
    }
}
