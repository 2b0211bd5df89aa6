package org.pswcp.supervision.retention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the service holds about a worker, counted: what destroying their records deletes. */
@Schema(name = "HeldRecords", description = "What supervision-service holds about a worker, counted, never shown: what"
        + " destroying their records deletes.")
public record Held(
        @Schema(description = "Agreements under which the worker was supervised. Agreements in which they supervised"
                + " others are those people's records and stay.", example = "2") int agreements,
        @Schema(description = "Sessions the worker received, one-to-one or in a group, with what is about them in each."
                + " Sessions they ran stay: they are their supervisees' records.", example = "41") int sessions,
        @Schema(description = "Items their supervision agenda has had, open or closed.",
                example = "17") int agendaItems) {
}
