package org.pswcp.framework.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A framework version as a document: our JSON package. It is what an editor imports, what the service ships for the
 * framework's own versions ({@code frameworks/*.json}), and what the export returns; exporting an imported package
 * gives it back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FrameworkPackage",
        description = "A whole framework version: domains, competence areas, nested competence statements, curriculum, role profiles, rating scale and lineage. Import it to create a draft; export a version to get it back.")
public record FrameworkPackage(
        @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) @Schema(example = FORMAT) String format,
        @NotNull @Valid FrameworkInfo framework,
        @NotNull @Valid VersionInfo version,
        @NotNull @Valid RatingScale ratingScale,
        @NotNull List<@NotNull @Valid Domain> domains,
        @NotNull @Valid Curriculum curriculum,
        @NotNull List<@NotNull @Valid RoleProfile> roleProfiles,
        @NotNull List<@NotNull @Valid Lineage> lineage) {

    public static final String FORMAT = "pswcp-framework-package/1";
    /**
     * The largest package the API takes: the October 2020 publication is 160 KB, so 4 MiB leaves room for far larger
     * frameworks, where every other body of the API is held to 1 MiB.
     */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    static final String CODE = "[a-z0-9][a-z0-9.-]{0,39}";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PackageFramework")
    public record FrameworkInfo(
            @NotNull @Pattern(regexp = CODE,
                    message = "must be 1 to 40 lower-case letters, digits, dots or hyphens") @Schema(
                            example = "mh-psw") String code,
            @NotBlank @Size(max = 200) @Schema(
                    example = "Competence Framework for Mental Health Peer Support Workers") String title,
            @Size(max = 400) @Schema(description = "Who developed and published the framework.",
                    example = "National Collaborating Centre for Mental Health, UCLPartners, Care City, Health Education England, PPL Consulting") String publisher,
            @Size(max = 4000) String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PackageVersion")
    public record VersionInfo(
            @NotNull @Pattern(regexp = CODE,
                    message = "must be 1 to 40 lower-case letters, digits, dots or hyphens") @Schema(
                            example = "2020-10") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Published framework (October 2020)") String title,
            @NotBlank @Size(max = 40) @Schema(
                    description = "The document's own standing, such as publication or consultation-draft; not the version's editing status.",
                    example = "publication") String stage,
            @Schema(description = "When the document was issued.", example = "2020-10-01") LocalDate issued,
            List<@NotBlank String> sources,
            @Pattern(regexp = CODE, message = "must be a version code") @Schema(
                    description = "Code of the version this one replaces.", example = "2020-02") String supersedes) {
    }

    @Schema(name = "RatingScale", description = "A rating scale: ordered levels, some of which count as met.")
    public record RatingScale(
            @NotBlank @Schema(example = "default-4") String code,
            @NotBlank @Schema(example = "Four-point rating scale") String title,
            @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Level> levels) {
    }

    @Schema(name = "RatingLevel")
    public record Level(
            @Schema(example = "3") int value,
            @NotBlank @Schema(example = "competent") String code,
            @NotBlank @Schema(example = "Competent") String label,
            @NotBlank @Schema(example = "Can show the competence consistently, without support.") String description,
            @Schema(description = "Whether a rating at this level counts as the competence being met.") boolean met) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PackageDomain")
    public record Domain(
            @NotBlank @Size(max = 20) @Schema(example = "2") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Knowledge for peer support workers") String title,
            @NotNull DomainKind kind,
            @Size(max = 4000) String description,
            @NotNull List<@NotNull @Valid Area> areas) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PackageArea")
    public record Area(
            @NotBlank @Size(max = 20) @Schema(example = "2.5") String code,
            @NotBlank @Size(max = 300) @Schema(
                    example = "Confidentiality, consent and information sharing") String title,
            @Size(max = 8000) String description,
            @NotNull List<@NotNull @Valid Statement> statements) {
    }

    @Schema(name = "PackageStatement")
    public record Statement(
            @NotBlank @Size(max = 40) @Schema(example = "2.5.2.3") String code,
            @NotNull StatementKind kind,
            @NotBlank @Size(max = 2000) @Schema(
                    example = "An ability to explain the limits of confidentiality at a first meeting") String text,
            @NotNull List<@NotNull @Valid Statement> children) {
    }

    @Schema(name = "PackageCurriculum")
    public record Curriculum(@NotNull List<@NotNull @Valid Section> sections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PackageSection")
    public record Section(
            @NotBlank @Size(max = 20) @Schema(example = "1") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Core knowledge and values") String title,
            @Size(max = 4000) String description,
            @NotNull List<@NotNull @Valid Unit> units) {
    }

    @Schema(name = "PackageUnit")
    public record Unit(
            @NotBlank @Size(max = 20) @Schema(example = "UNIT 1.6") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Safeguarding and information sharing") String title,
            @NotNull List<@NotBlank String> aims,
            @NotNull @Schema(
                    description = "Codes of the competence areas the unit maps to.") List<@NotBlank String> areas,
            @NotNull @Schema(
                    description = "Codes of the statements the unit covers.") List<@NotBlank String> statements) {
    }

    @Schema(name = "PackageRoleProfile")
    public record RoleProfile(
            @NotBlank @Size(max = 40) @Schema(example = "senior-psw") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Senior peer support worker") String title,
            @NotBlank @Size(max = 8000) @Schema(
                    example = "Supports and supervises peer support workers, and leads peer support practice in a team.") String description,
            @NotNull List<@NotNull @Valid Requirement> requirements) {
    }

    @Schema(name = "PackageRequirement")
    public record Requirement(
            @NotBlank @Schema(example = "6.2") String area,
            @NotBlank @Schema(description = "Code of a level of the rating scale.",
                    example = "can-support-others") String level) {
    }

    @Schema(name = "PackageLineage", description = "What an item of this version became in the next one.")
    public record Lineage(
            @NotBlank @Schema(example = "UNIT 1.3") String code,
            @NotNull @Size(min = 1) @Schema(example = "[\"UNIT 1.3\", \"UNIT 1.4\"]") List<@NotBlank String> becomes) {
    }
}
