package org.pswcp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The data map, {@value #FILE}: every column of every service's database, with what personal data it holds (or that it
 * holds none), why, who reads it, where it is encrypted and how long it is kept. It is only worth something while it is
 * complete, so each service's {@code DataMapTest} ({@link DataMapRules}) compares it with the service's migrated
 * database: a new column without an entry, or an entry for a column that is gone, fails the build.
 * <p>
 * The format, which the file also describes at its top: in the section of a service (a level-2 heading starting with
 * its name, such as {@code ## supervision-service}) and in the section of the kit's tables ({@code ## service-kit}),
 * every column is written as {@code `table.column`} in the first cell of a table row. Nothing else in the file counts,
 * so its prose, its other cells and its other sections can name tables, topics and columns freely.
 */
public final class DataMap {

    /** Where the data map lives, from the repository's root. */
    public static final String FILE = "docs/DATA-PROTECTION.md";

    /** The section that maps the kit's tables (schema {@code kit}), which every service's database has. */
    public static final String KIT = "service-kit";

    /** Flyway's bookkeeping of which migrations ran, one per migration history: never anyone's data. */
    static final Set<String> MIGRATION_HISTORIES = Set.of("flyway_schema_history", "kit_schema_history");

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    private DataMap() {
    }

    /**
     * The entries of one section: the columns named in the first cells of its table rows, in the order written (a
     * column named twice is there twice), and what those cells hold in backticks that is not a {@code table.column}.
     */
    public record Section(List<String> entries, List<String> malformed) {
    }

    /** The data map, found upwards from the working directory (the module under test) to the repository's root. */
    public static Path file() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return dir.resolve(FILE);
            }
        }
        throw new IllegalStateException("No " + FILE + " in " + start + " or any folder above it");
    }

    /** The data map's lines. */
    public static List<String> lines() {
        try {
            return Files.readAllLines(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The columns of the service's tables (schema {@code public}) and the kit's (schema {@code kit}), each as
     * {@code table.column}: what its data map must account for. Flyway's history tables are left out; views hold no
     * data of their own, so only base tables count. The schema is not part of an entry, so a table name used in both
     * schemas could not be mapped, and fails here.
     */
    public static Set<String> columns(DataSource dataSource) {
        List<Object[]> rows = new Db(dataSource).rows("""
                select c.table_schema, c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema in ('public', 'kit') and t.table_type = 'BASE TABLE'""");
        Set<String> columns = new TreeSet<>();
        Map<String, String> schemaOf = new HashMap<>();
        for (Object[] row : rows) {
            String schema = (String) row[0];
            String table = (String) row[1];
            if (MIGRATION_HISTORIES.contains(table)) {
                continue;
            }
            String other = schemaOf.putIfAbsent(table, schema);
            if (other != null && !other.equals(schema)) {
                throw new IllegalStateException("Table " + table + " is in schema " + other + " and in " + schema
                        + ": an entry `" + table + ".column` of " + FILE + " could not say which; rename one");
            }
            columns.add(table + "." + row[2]);
        }
        return columns;
    }

    /**
     * The section headed {@code ## name} (or {@code ## name} followed by a space or a colon and more words), up to the
     * next level-1 or level-2 heading; fenced code blocks are skipped, so an example in one is never an entry.
     *
     * @throws AssertionError when the file has no such section: a service without one has no data map at all
     */
    public static Section section(List<String> lines, String name) {
        List<String> entries = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        boolean found = false;
        boolean inside = false;
        boolean fenced = false;
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                continue;
            } else if (line.startsWith("# ") || line.startsWith("## ")) {
                inside = line.startsWith("## ") && heads(line.substring(3).strip(), name);
                found |= inside;
            } else if (inside && text.startsWith("|")) {
                Matcher code = CODE.matcher(firstCell(text));
                while (code.find()) {
                    (COLUMN.matcher(code.group(1)).matches() ? entries : malformed).add(code.group(1));
                }
            }
        }
        if (!found) {
            throw new AssertionError(FILE + " has no section headed \"## " + name + "\"");
        }
        return new Section(entries, malformed);
    }

    private static boolean heads(String heading, String name) {
        return heading.equals(name) || heading.startsWith(name + " ") || heading.startsWith(name + ":");
    }

    /** What lies between a table row's first two pipes; the whole rest when the row has one. */
    private static String firstCell(String row) {
        int end = row.indexOf('|', 1);
        return end < 0 ? row.substring(1) : row.substring(1, end);
    }
}
