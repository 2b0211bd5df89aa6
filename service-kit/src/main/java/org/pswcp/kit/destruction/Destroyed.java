package org.pswcp.kit.destruction;

/**
 * How a record names a person whose records were destroyed (NHS Records Management Code: appraised, decided, recorded)
 * when the record itself belongs to someone else and is kept: an assessment they signed off about a colleague, an
 * observation they made of one. The marker holds characters a worker id ({@code [A-Za-z0-9-]}) and an account id (a
 * UUID) never hold, so it never matches a caller, and says plainly why the name is gone.
 */
public final class Destroyed {

    /** Stands in for the worker id or account id of a person whose records were destroyed. */
    public static final String MARKER = "(destroyed)";

    /** The audit trail's action for applying a recorded decision to destroy a worker's records. */
    public static final String AUDIT_ACTION = "records.destroyed";

    private Destroyed() {
    }

    /** Whether the id is the marker: a destroyed person authors, supervises and signs off nothing. */
    public static boolean is(String id) {
        return MARKER.equals(id);
    }
}
