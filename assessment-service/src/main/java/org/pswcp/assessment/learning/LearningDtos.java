package org.pswcp.assessment.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;

/** Learning records as the API takes and shows them. */
public final class LearningDtos {

    /** An https URL with a host: a certificate is linked, never uploaded, and never over plain http. */
    static final String HTTPS_URL = "https://[^\\s/?#@]+(/\\S*)?";
    static final String HTTPS_MESSAGE = "must be an https URL";

    private LearningDtos() {
    }

    @Schema(name = "NewLearningRecord", description = "A curriculum unit the worker completed, as the trust's learning"
            + " system records it. externalId is the system's own id for the completion: sending it again with the"
            + " same content returns the record already made; with other content it is a conflict (correct the record"
            + " with PUT instead).")
    public record NewLearningRecord(
            @NotBlank @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain spaces") @Schema(
                    description = "The learning system's own id for this completion, unique within the system: what"
                            + " makes a repeat the same record.",
                    example = "LMS-2026-000417") String externalId,
            @Schema(description = "The framework version whose curriculum names the unit; by default the newest"
                    + " published one.", example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") UUID frameworkVersionId,
            @NotBlank @Size(max = 50) @Schema(description = "The curriculum unit completed, as the framework names"
                    + " it.", example = "UNIT 1.6") String unitCode,
            @NotNull @Schema(description = "The day the worker completed it; not in the future.",
                    example = "2026-11-20") LocalDate completedOn,
            @NotBlank @Size(max = 200) @Schema(description = "Who delivered the training.",
                    example = "North Demo Recovery College") String provider,
            @Size(max = 2000) @Pattern(regexp = HTTPS_URL, message = HTTPS_MESSAGE) @Schema(
                    description = "Where the certificate can be seen: an https URL; optional.",
                    example = "https://learning.north-demo-trust.example/certificates/417") String certificateLink) {
    }

    @Schema(name = "LearningRecordCorrection", description = "What a learning record should say instead: the whole"
            + " completion, as in NewLearningRecord. The framework version and external id stay the record's.")
    public record LearningRecordCorrection(
            @NotBlank @Size(max = 50) @Schema(description = "The curriculum unit completed, as the framework names"
                    + " it.", example = "UNIT 1.6") String unitCode,
            @NotNull @Schema(description = "The day the worker completed it; not in the future.",
                    example = "2026-11-19") LocalDate completedOn,
            @NotBlank @Size(max = 200) @Schema(description = "Who delivered the training.",
                    example = "North Demo Recovery College") String provider,
            @Size(max = 2000) @Pattern(regexp = HTTPS_URL, message = HTTPS_MESSAGE) @Schema(
                    description = "Where the certificate can be seen: an https URL; absent to remove it.",
                    example = "https://learning.north-demo-trust.example/certificates/417") String certificateLink) {
    }

    @Schema(name = "LearningRecordStatus", description = "RECORDED: the completion stands (it may have been"
            + " corrected). WITHDRAWN: its learning system took it back; it counts for nothing.")
    public enum Status {
        RECORDED, WITHDRAWN
    }

    @Schema(name = "LearningRecord", description = "A curriculum unit a worker completed, as their trust's learning"
            + " system recorded it. It is evidence on the statements the unit covers and shows the unit as completed"
            + " in the development plan; it is not an attained level: only a signed-off assessment makes a competence"
            + " met.")
    public record LearningRecordView(
            @Schema(example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e71") UUID id,
            @Schema(example = "10000001") String workerId,
            @Schema(example = "R9A") String organisation,
            @Schema(description = "The learning system (its OAuth client) that recorded it: the only one that may"
                    + " correct or withdraw it.", example = "learning-system-r9a") String learningSystem,
            @Schema(description = "The learning system's own id for the completion.",
                    example = "LMS-2026-000417") String externalId,
            @Schema(example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") UUID frameworkVersionId,
            @Schema(example = "UNIT 1.6") String unitCode,
            @Schema(description = "The unit's title in the framework version.",
                    example = "Safeguarding") String unitTitle,
            @Schema(description = "What the completion is evidence of: the statements the unit covers, and the areas"
                    + " rated as a whole it is mapped to.", example = "[\"1.2.1\"]") List<String> statementCodes,
            @Schema(example = "2026-11-20") LocalDate completedOn,
            @Schema(example = "North Demo Recovery College") String provider,
            @Schema(example = "https://learning.north-demo-trust.example/certificates/417") String certificateLink,
            Status status,
            @Schema(example = "2026-11-21T09:00:00Z") Instant recordedAt,
            @Schema(description = "When its learning system last corrected it; absent if never.") Instant correctedAt,
            @Schema(description = "When its learning system withdrew it; absent if it stands.") Instant withdrawnAt) {

        static LearningRecordView of(LearningRecord r, FrameworkCopy version) {
            return new LearningRecordView(r.id(), r.workerId(), r.organisation(), r.learningSystem(), r.externalId(),
                    r.frameworkVersionId(), r.unitCode(),
                    version == null ? null : version.unit(r.unitCode()).map(u -> u.title()).orElse(null),
                    version == null ? List.of() : version.coveredBy(r.unitCode()), r.completedOn(), r.provider(),
                    r.certificateLink(), r.isWithdrawn() ? Status.WITHDRAWN : Status.RECORDED, r.recordedAt(),
                    r.correctedAt(), r.withdrawnAt());
        }
    }

    @Schema(name = "LearningRecords", description = "A worker's learning records, by completion date: withdrawn ones"
            + " too, marked. A learning system sees only the records it made.")
    public record LearningRecordList(List<LearningRecordView> items) {
    }

    /**
     * A unit the worker completed, as the development plan and the profile's evidence show it: the latest standing
     * record of it.
     */
    public record CompletedUnit(UUID learningRecordId, String unitCode, String unitTitle, LocalDate completedOn,
            String provider, String certificateLink, List<String> covers) {
    }
}
