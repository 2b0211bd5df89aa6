package org.pswcp.kit.changes;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.changes.ChangeDtos.ChangePage;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** The events this service publishes, over HTTP, for an organisation's systems that cannot join the Kafka cluster. */
@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The events this service publishes to Kafka, followed over HTTP.")
public class ChangesResource {

    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,2})s");

    private final ChangeFeed feed;
    private final Caller caller;

    ChangesResource(ChangeFeed feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.HR)
    @Blocking // the first look; a wait then holds no thread
    @Operation(summary = "Follow changes", description = "The events this service has published to Kafka about the"
            + " caller's organisation, and the national ones (a published framework version), as CloudEvents in"
            + " structured JSON with the same id, type and data (openapi/events/schemas/), in the order the service"
            + " published them (per record, the order of the changes). Start without after, then pass back each"
            + " answer's cursor as after: nothing is skipped, even a change whose transaction committed late. With"
            + " wait, an answer with no events waits up to that long and returns as soon as one is published; when"
            + " none comes it is empty and carries the same cursor. An event may come twice (after a failover, as on"
            + " Kafka): drop an id you have applied. Events are kept as long as the outbox keeps them (14 days by"
            + " default); a cursor older than that is 410. Events of workers whose records were destroyed are gone"
            + " from the feed. Never confidential text. Not audited: it holds what HR may read anyway.")
    @APIResponse(responseCode = "200", description = "The next events, oldest first, and the cursor to read on from.")
    @APIResponse(responseCode = "410", description = "Events after this cursor are no longer kept: read the current"
            + " state from the lists, then follow the feed again from its start.")
    @APIResponse(responseCode = "503", description = "As many clients wait for changes as this instance holds, or the"
            + " database is out of reach: try again after the seconds Retry-After gives.",
            headers = @Header(name = "Retry-After", ref = "#/components/headers/RetryAfter"))
    public Uni<ChangePage> follow(
            @Parameter(description = "The cursor of the last answer; absent: from the oldest event kept.",
                    example = "YzE6MTA0NQ") @QueryParam("after") String after,
            @Parameter(description = "At most this many events (1 to 500).",
                    example = "100") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @Parameter(description = "How long to wait for an event when there is none yet: 0s to 30s (also"
                    + " ISO 8601, PT30S); 0s answers at once.",
                    example = "2s") @QueryParam("wait") @DefaultValue("0s") String wait) {
        return feed.follow(caller.organisation(), ChangeCursor.decode(after), limit, waitOf(wait));
    }

    static Duration waitOf(String wait) {
        Duration duration;
        Matcher seconds = SECONDS.matcher(wait);
        try {
            duration = seconds.matches() ? Duration.ofSeconds(Long.parseLong(seconds.group(1))) : Duration.parse(wait);
        } catch (DateTimeParseException e) {
            duration = null;
        }
        if (duration == null || duration.isNegative() || duration.compareTo(LONGEST_WAIT) > 0) {
            throw new InvalidInputException("wait", "must be a duration from 0s to 30s, such as 30s");
        }
        return duration;
    }
}
