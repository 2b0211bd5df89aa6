package org.pswcp.supervision;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Every SQL statement Hibernate prepares in the test application, kept while a test listens: how a test proves that an
 * operation loads in a few set-based queries, whatever the number of rows (no N+1).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final List<String> HEARD = new CopyOnWriteArrayList<>();
    private static volatile boolean listening;

    @Override
    public String inspect(String sql) {
        if (listening) {
            HEARD.add(sql);
        }
        return sql;
    }

    /** Runs the work and returns the queries (selects) prepared meanwhile that name one of the tables. */
    static List<String> during(Runnable work, String... tables) {
        HEARD.clear();
        listening = true;
        try {
            work.run();
        } finally {
            listening = false;
        }
        return HEARD.stream().filter(sql -> sql.stripLeading().startsWith("select"))
                .filter(sql -> List.of(tables).stream().anyMatch(sql::contains)).toList();
    }
}
