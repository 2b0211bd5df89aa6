package org.pswcp.kit.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.changes.ChangeDtos.ChangeEvent;

/**
 * Reads the change feed from the outbox: published events only (they alone have a feed position), of one organisation
 * and the national ones, by feed position. Plain JDBC, without a transaction or a persistence context, so that a long
 * poll can look again from any worker thread.
 */
@ApplicationScoped
class ChangeFeedRepository {

    /** What one read found: the events, and how far the organisation's feed has been purged when it was read. */
    record Read(List<Positioned> events, long purgedThrough) {
    }

    record Positioned(long position, ChangeEvent event) {
    }

    private static final String COLUMNS = "feed_position, id, source, type, subject, created_at, dataref, organisation,"
            + " correlation_id, payload";

    private final DataSource dataSource;

    ChangeFeedRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The organisation's and the national events after the position, at most {@code limit}. The horizon is read after
     * the events, each statement seeing what was committed before it: a purge that deleted events the first statement
     * did not find has raised the horizon the second reads, so the caller learns of the loss rather than skip it.
     */
    Read after(String organisation, long position, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            List<Positioned> events = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from ("
                    + "(select " + COLUMNS + " from kit.outbox_event where organisation = ? and feed_position > ?"
                    + " order by feed_position limit ?) union all (select " + COLUMNS + " from kit.outbox_event"
                    + " where organisation is null and feed_position > ? order by feed_position limit ?)) e"
                    + " order by feed_position limit ?")) {
                query.setString(1, organisation);
                query.setLong(2, position);
                query.setInt(3, limit);
                query.setLong(4, position);
                query.setInt(5, limit);
                query.setInt(6, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(new Positioned(rows.getLong(1), event(rows)));
                    }
                }
            }
            try (PreparedStatement horizon = connection.prepareStatement("select coalesce(max(purged_through), 0)"
                    + " from kit.outbox_feed_horizon where organisation in (?, '')")) {
                horizon.setString(1, organisation);
                try (ResultSet rows = horizon.executeQuery()) {
                    rows.next();
                    return new Read(events, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The change feed could not be read", e);
        }
    }

    /** The highest feed position published so far, by any replica; 0 before the first. */
    long lastPosition() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(max(feed_position), 0) from kit.outbox_event");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The change feed could not be read", e);
        }
    }

    private static ChangeEvent event(ResultSet rows) throws SQLException {
        return new ChangeEvent("1.0", rows.getObject(2).toString(), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getTimestamp(6).toInstant(), "application/json", rows.getString(7),
                rows.getString(8), rows.getString(9), rows.getString(10));
    }
}
