package org.pswcp.supervision.framework;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What supervision records need of a published framework version: its competence area codes (for session topics), its
 * statement codes and its rating scale's level codes (for direct observations).
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion {

    @Id
    UUID id;

    String frameworkCode;

    String versionCode;

    String title;

    Instant publishedAt;

    String[] areaCodes;

    String[] statementCodes;

    String[] levelCodes;

    Instant receivedAt;

    protected FrameworkVersion() {
    }

    FrameworkVersion(UUID id, String frameworkCode, String versionCode, String title, Instant publishedAt,
            String[] areaCodes, String[] statementCodes, String[] levelCodes, Instant receivedAt) {
        this.id = id;
        this.frameworkCode = frameworkCode;
        this.versionCode = versionCode;
        this.title = title;
        this.publishedAt = publishedAt;
        this.areaCodes = areaCodes;
        this.statementCodes = statementCodes;
        this.levelCodes = levelCodes;
        this.receivedAt = receivedAt;
    }

    public UUID id() {
        return id;
    }

    public boolean hasArea(String code) {
        return Arrays.asList(areaCodes).contains(code);
    }

    public boolean hasStatement(String code) {
        return Arrays.asList(statementCodes).contains(code);
    }

    public boolean hasLevel(String code) {
        return Arrays.asList(levelCodes).contains(code);
    }

    /** The scale's level codes, lowest first: what an observation's level may be. */
    public String levels() {
        return String.join(", ", levelCodes);
    }
}
