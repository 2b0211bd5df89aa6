package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue's API reads and writes. */
public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    @Schema(name = "Framework", description = "A competence framework.")
    public record FrameworkView(
            @Schema(description = "Stable id, the same on every installation.",
                    example = "7c1b3b52-1f4e-5e6a-9d7b-1c0f2a3e4d5b") UUID id,
            @Schema(description = "Short code of the framework.", example = "mh-psw") String code,
            @Schema(description = "Title.",
                    example = "Competence Framework for Mental Health Peer Support Workers") String title,
            @Schema(description = "What it is and who published it.") String description) {

        static FrameworkView of(Framework f) {
            return new FrameworkView(f.id(), f.code(), f.title(), f.description());
        }
    }

    @Schema(name = "FrameworkDescription", description = "A framework's title and description, to create or rename it.")
    public record DescribeFramework(
            @NotBlank @Size(max = 200) @Schema(
                    example = "Competence Framework for Mental Health Peer Support Workers") String title,
            @Size(max = 4000) @Schema(example = "NCCMH and Health Education England, 2020.") String description) {
    }

    @Schema(name = "FrameworkVersion", description = "One version of a framework.")
    public record VersionView(
            @Schema(description = "Stable id, derived from the framework's and the version's codes.") UUID id,
            @Schema(example = "mh-psw") String frameworkCode,
            @Schema(description = "Code of the version.", example = "2020-10") String code,
            @Schema(example = "October 2020 publication") String title,
            @Schema(description = "DRAFT versions are editable and visible to editors only; PUBLISHED ones never change.") VersionStatus status,
            @Schema(description = "The document's own standing, as its package states it.",
                    example = "publication") String stage,
            @Schema(description = "When the document was issued.", example = "2020-10-01") LocalDate issued,
            @Schema(description = "Code of the version it replaces.", example = "2020-02") String supersedes,
            Instant createdAt,
            @Schema(description = "When it was published here; absent for drafts.") Instant publishedAt) {

        static VersionView of(FrameworkVersion v) {
            return new VersionView(v.id(), v.framework().code(), v.code(), v.title(), v.status(), v.stage(),
                    v.issued(), v.supersedes(), v.createdAt(), v.publishedAt());
        }
    }
}
