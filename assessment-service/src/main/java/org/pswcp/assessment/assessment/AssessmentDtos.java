package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "NewAssessment", description = "A new assessment, created as a draft.")
    public record CreateAssessment(
            @NotNull @Schema(description = "Only SELF assessments can be created so far.", example = "SELF") AssessmentKind kind,
            @NotNull @Schema(description = "The published framework version to assess against; see GET /v1/framework-versions.") UUID frameworkVersionId) {
    }

    @Schema(name = "Assessment", description = "An assessment of a worker against one framework version.")
    public record AssessmentView(
            UUID id,
            @Schema(description = "ODS code of the organisation the assessment belongs to.", example = "R9A") String organisation,
            AssessmentKind kind,
            @Schema(description = "The assessed worker, as their trust knows them.", example = "10000001") String workerId,
            UUID frameworkVersionId,
            AssessmentStatus status,
            Instant createdAt,
            @Schema(description = "When it was last submitted; absent for drafts.") Instant submittedAt) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id(), a.organisation(), a.kind(), a.subjectWorkerId(),
                    a.frameworkVersionId(), a.status(), a.createdAt(), a.submittedAt());
        }
    }
}
