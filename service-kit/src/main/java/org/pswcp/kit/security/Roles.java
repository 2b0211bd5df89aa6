package org.pswcp.kit.security;

/** The platform's realm roles, as Keycloak puts them in {@code realm_access.roles}. */
public final class Roles {

    /** A peer support worker: sees and self-assesses their own records. */
    public static final String PSW = "psw";
    /** A supervisor (senior PSW or clinician): sees supervisees under an active agreement. */
    public static final String SUPERVISOR = "supervisor";
    /** Trust HR or a trust HR system: outcomes, metadata and compliance, never confidential content. */
    public static final String HR = "hr";
    /** Edits and publishes framework versions. */
    public static final String FRAMEWORK_EDITOR = "framework-editor";
    /** Reads the audit trail of their organisation. */
    public static final String AUDITOR = "auditor";
    /** Runs the platform: key rotation, dead letters. Sees no organisation's records. */
    public static final String OPERATOR = "operator";
    /**
     * Appraises records past their retention period and records decisions to destroy them, for their own organisation.
     */
    public static final String RECORDS_MANAGER = "records-manager";
    /**
     * A trust's learning management system: records the curriculum units its workers completed, for its own
     * organisation, and corrects or withdraws only its own records.
     */
    public static final String LEARNING_SYSTEM = "learning-system";

    private Roles() {
    }
}
