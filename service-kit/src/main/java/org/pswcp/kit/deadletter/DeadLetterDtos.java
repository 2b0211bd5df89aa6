package org.pswcp.kit.deadletter;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class DeadLetterDtos {

    private DeadLetterDtos() {
    }

    @Schema(name = "DeadLetter",
            description = "An event a consumer of this service could not apply, as its dead-letter topic holds it: ids, type, times and why; never its data, which may be about a person.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadLetter(
            @Schema(description = "The consumer that could not apply it.",
                    example = "supervision.agenda") String consumer,
            @Schema(description = "The dead-letter topic.", example = "assessment.events.dlq") String topic,
            @Schema(description = "Its partition in the dead-letter topic.", example = "0") int partition,
            @Schema(description = "Its offset in that partition: with the partition, what a replay names.",
                    example = "12") long offset,
            @Schema(description = "The topic it came from.", example = "assessment.events") String originalTopic,
            @Schema(example = "3") Integer originalPartition,
            @Schema(example = "1045") Long originalOffset,
            @Schema(description = "The record's key: the id of what the event is about.",
                    example = "10000001") String key,
            @Schema(description = "The event's id (ce_id).",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f") String eventId,
            @Schema(description = "The event's type (ce_type).",
                    example = "org.pswcp.assessment.AssessmentSubmitted") String type,
            @Schema(description = "When it was dead-lettered.") Instant deadLetteredAt,
            @Schema(description = "The class of the failure.",
                    example = "org.pswcp.kit.inbox.EventRejectedException") String failure,
            @Schema(description = "Why, as the failure said it, at most 200 characters.",
                    example = "An assessment event must name its organisation") String reason,
            @Schema(description = "How many times the consumer tried it.", example = "5") Integer attempts,
            @Schema(description = "Whether the consumer has applied it since (a replay, or a redelivery): replaying it again changes nothing.") boolean applied) {
    }

    @Schema(name = "DeadLetterList")
    public record DeadLetterList(List<DeadLetter> items) {
    }

    @Schema(name = "DeadLetterPosition", description = "Where a dead letter is in its dead-letter topic.")
    public record Position(@NotNull @PositiveOrZero @Schema(example = "0") Integer partition,
            @NotNull @PositiveOrZero @Schema(example = "12") Long offset) {
    }

    @Schema(name = "DeadLetterReplay",
            description = "Which dead letters to apply again, once their cause is fixed: one consumer's, at the positions named, or all of them when none are.")
    public record ReplayRequest(
            @NotBlank @Size(max = 100) @Schema(description = "The consumer, as the list names it.",
                    example = "supervision.agenda") String consumer,
            @Size(max = 1000) @Schema(
                    description = "The dead letters to replay; absent or empty: all of the consumer's.") List<@NotNull @Valid Position> positions) {
    }

    @Schema(name = "DeadLetterReplayOutcome")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReplayOutcome(@Schema(example = "0") int partition, @Schema(example = "12") long offset,
            @Schema(example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f") String eventId,
            @Schema(description = "APPLIED now; ALREADY_APPLIED before, so nothing changed; FAILED again.",
                    enumeration = {
                            "APPLIED", "ALREADY_APPLIED", "FAILED"},
                    example = "APPLIED") String outcome,
            @Schema(description = "For FAILED: the class of the failure.",
                    example = "EventRejectedException") String failure){
    }

    @Schema(name = "DeadLetterReplayReport", description = "What a replay did, dead letter by dead letter.")
    public record ReplayReport(@Schema(example = "supervision.agenda") String consumer,
            @Schema(example = "assessment.events.dlq") String topic, List<ReplayOutcome> outcomes) {
    }
}
