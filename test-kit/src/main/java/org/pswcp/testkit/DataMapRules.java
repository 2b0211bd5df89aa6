package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The data map ({@link DataMap}) checked against one service's real, migrated database: each service's
 * {@code DataMapTest} is a {@code @QuarkusTest} that extends this with the service's name, so that it runs against the
 * database its migrations made. A column added without an entry fails the build, as does an entry left behind for a
 * column that is gone: the map a Caldicott Guardian reads stays the database the service has.
 */
public abstract class DataMapRules {

    @Inject
    protected DataSource dataSource;

    private final String service;

    protected DataMapRules(String service) {
        this.service = service;
    }

    @Test
    void everyColumnOfTheDatabaseHasAnEntry() {
        Set<String> unmapped = new TreeSet<>(columns());
        unmapped.removeAll(entries());
        assertThat(unmapped).as("Columns of %s's database that %s does not map. Add each as `table.column` in the"
                + " first cell of a table row of its section (## %s, or ## %s for the kit's tables), saying what"
                + " personal data it holds, or that it holds none", service, DataMap.FILE, service, DataMap.KIT)
                .isEmpty();
    }

    @Test
    void everyEntryNamesAColumnOfTheDatabase() {
        Set<String> stale = new TreeSet<>(entries());
        stale.removeAll(columns());
        List<String> malformed = new ArrayList<>(section(service).malformed());
        malformed.addAll(section(DataMap.KIT).malformed());
        assertThat(stale).as("Entries of %s (## %s or ## %s) for columns that %s's database does not have: remove"
                + " them, or rename them after the column", DataMap.FILE, service, DataMap.KIT, service).isEmpty();
        assertThat(malformed).as("Text in backticks in the first cell of a table row of ## %s or ## %s that is not"
                + " a `table.column` (no schema, lower case)", service, DataMap.KIT).isEmpty();
    }

    @Test
    void noColumnHasTwoEntries() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String entry : entries()) {
            if (!seen.add(entry)) {
                twice.add(entry);
            }
        }
        assertThat(twice).as("Columns with more than one entry in ## %s and ## %s of %s: a column holds personal"
                + " data or it does not, so give each one entry", service, DataMap.KIT, DataMap.FILE).isEmpty();
    }

    /**
     * The databases the service keeps data in: its own, and any other a service adds by overriding this (such as a key
     * store), whose columns its section maps too.
     */
    protected List<DataSource> databases() {
        return List.of(dataSource);
    }

    private Set<String> columns() {
        Set<String> columns = new TreeSet<>();
        databases().forEach(database -> columns.addAll(DataMap.columns(database)));
        return columns;
    }

    /** The entries of the service's section and of the kit's, since the service's database has the kit's tables. */
    private List<String> entries() {
        List<String> entries = new ArrayList<>(section(service).entries());
        entries.addAll(section(DataMap.KIT).entries());
        return entries;
    }

    private static DataMap.Section section(String name) {
        return DataMap.section(DataMap.lines(), name);
    }
}
