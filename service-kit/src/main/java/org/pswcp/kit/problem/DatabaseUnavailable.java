package org.pswcp.kit.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (down, restarting, refusing connections, or every pooled
 * connection taken until the wait ran out) rather than a fault in the request or the code: the caller may try again, so
 * it is a 503 with {@code Retry-After}, not a 500.
 */
final class DatabaseUnavailable {

    /** PostgreSQL's SQLSTATE class 08 (connection exception) and the server going away or not yet accepting. */
    private static final String CONNECTION_CLASS = "08";
    private static final Set<String> SERVER_NOT_THERE = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, shutting down, in recovery)
            "53300"); // too_many_connections
    /** Agroal's words when no connection became free in time. */
    private static final String POOL_EXHAUSTED = "Acquisition timeout";

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || sql.getMessage() != null && sql.getMessage().startsWith(POOL_EXHAUSTED))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith(CONNECTION_CLASS) || SERVER_NOT_THERE.contains(state));
    }
}
