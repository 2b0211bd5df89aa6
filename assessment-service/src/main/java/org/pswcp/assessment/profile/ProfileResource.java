package org.pswcp.assessment.profile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.assessment.profile.ProfileViews.Plan;
import org.pswcp.assessment.profile.ProfileViews.Profile;
import org.pswcp.assessment.profile.ProfileViews.Summary;
import org.pswcp.kit.security.Roles;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competence profiles", description = "Attained levels, development plans and the organisation summary.")
public class ProfileResource {

    private static final String VERSION = "The framework version; by default the one the worker was last assessed"
            + " against, else the newest published one.";

    /** The worker whose profile or plan a path names. */
    public static class WorkerPath {

        @PathParam("workerId")
        @Parameter(example = "10000001")
        String workerId;
    }

    private static final String AS_OF = "A past day: the profile as it stood at the end of that day in the"
            + " organisation's calendar, from what had been signed off by then (signed-off assessments never change)."
            + " Self-ratings beside it are those submitted by then. Absent: now.";
    private static final String PLAN_AS_OF = "A past day: the plan as it stood at the end of that day in the"
            + " organisation's calendar, from what had been signed off by then, against the role profile asked for"
            + " (by default the worker's role today). Absent: now.";

    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/workers/{workerId}/competence-profile")
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Read a worker's competence profile", description = "Per competence area and statement: the"
            + " attained level (the latest signed-off supervisor or observation rating), the worker's own latest"
            + " self-rating beside it, the evidence behind it, and when it was last assessed. The worker, their"
            + " supervisors under an active agreement, and HR may read it. HR sees signed-off outcomes only: no"
            + " self-ratings, and no direct observations recorded in supervision, which no one signs off.")
    @APIResponse(responseCode = "200", description = "The profile.")
    @APIResponse(responseCode = "400", description = "asOf is after today.")
    @APIResponse(responseCode = "404", description = "Not a worker whose profile you may read.")
    public Profile profile(@BeanParam WorkerPath worker,
            @QueryParam("frameworkVersionId") @Parameter(description = VERSION) UUID frameworkVersionId,
            @QueryParam("asOf") @Parameter(description = AS_OF, example = "2026-03-31") LocalDate asOf) {
        return profiles.profile(worker.workerId, frameworkVersionId, asOf);
    }

    @GET
    @Path("/workers/{workerId}/development-plan")
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Read a worker's development plan", description = "The areas a role profile requires that"
            + " the worker has not attained at the required level, each with the curriculum units mapped to it. The"
            + " role is the worker's own (from the roster) unless roleProfile names another, such as the next step on"
            + " their career pathway. An area without statements, such as the meta-competences 7.1, is a goal until"
            + " it is rated as a whole at the required level. Only signed-off supervisor and observation assessments"
            + " close a gap, so the plan is the same for the worker, their supervisors and HR.")
    @APIResponse(responseCode = "200", description = "The plan.")
    @APIResponse(responseCode = "400", description = "Unknown role profile, the worker's role is not known, or asOf"
            + " is after today.")
    @APIResponse(responseCode = "404", description = "Not a worker whose plan you may read.")
    public Plan plan(@BeanParam WorkerPath worker,
            @QueryParam("roleProfile") @Parameter(description = "A role profile"
                    + " code.", example = "senior-psw") String roleProfile,
            @QueryParam("frameworkVersionId") @Parameter(description = VERSION) UUID frameworkVersionId,
            @QueryParam("asOf") @Parameter(description = PLAN_AS_OF, example = "2026-03-31") LocalDate asOf) {
        return profiles.plan(worker.workerId, roleProfile, frameworkVersionId, asOf);
    }

    @GET
    @Path("/competence-summary")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Read the organisation's competence summary", description = "For HR: per competence area, how"
            + " many of the organisation's workers (the roster, and anyone with a signed-off assessment) have met it,"
            + " are developing it, or have not been assessed. Counted from signed-off supervisor and observation"
            + " assessments only: self-ratings, assessments not yet signed off and observations recorded in"
            + " supervision count for nothing. Beside the counts, the organisation's own level in each"
            + " organisational competence (9.1, 9.2) in organisationalAreas, and each assessed team's in teams, from"
            + " signed-off ORGANISATIONAL assessments.")
    public Summary summary(@QueryParam("frameworkVersionId") @Parameter(description = "The framework version; by"
            + " default the one the organisation last signed off an assessment against, else the newest published"
            + " one.") UUID frameworkVersionId) {
        return profiles.summary(frameworkVersionId);
    }
}
