package org.pswcp.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of a Flyway migration that would break the previous release while it still runs beside the new
 * one (a rolling upgrade: deploy/RUNBOOK.md, "Upgrade"). The previous release reads and writes the tables as they were:
 * a migration may add (tables, nullable columns or columns with a default, indexes) and relax (drop a NOT NULL), never
 * take away, rename, retype or narrow what exists. Those changes belong to the release after (expand, then contract),
 * when no pod of the release that used the old shape is left.
 *
 * <p>
 * A statement on a table that the same migration creates is free: no earlier release knows the table. A statement
 * preceded by a comment {@code -- upgrade: <why it is safe>} is allowed, as reviewed: the reason says why the previous
 * release is not hurt (it never uses what is dropped, every row it writes passes the new constraint, ...).
 */
final class MigrationLint {

    /** One statement of a migration that breaks the previous release, and why. */
    record Finding(int line, String statement, String rule) {

        @Override
        public String toString() {
            return "line " + line + ": " + rule + ": " + statement;
        }
    }

    private static final Pattern MARKER = Pattern.compile("^\\s*upgrade:\\s*\\S.{9,}", Pattern.DOTALL);
    private static final Pattern CREATE_TABLE = Pattern
            .compile("^create (?:unlogged |temporary |temp )?table (?:if not exists )?([\\w.\"]+)");
    private static final Pattern ALTER_TABLE = Pattern
            .compile("^alter table (?:if exists )?(?:only )?([\\w.\"]+) (.*)$", Pattern.DOTALL);
    private static final Pattern CREATE_UNIQUE_INDEX = Pattern.compile(
            "^create unique index (?:concurrently )?(?:if not exists )?(?:[\\w\"]+ )?on (?:only )?([\\w.\"]+)");
    private static final Pattern RENAME = Pattern.compile("\\brename\\b");
    private static final Pattern RETYPE = Pattern.compile("^alter (?:column )?[\\w\"]+ (?:set data )?type\\b");
    private static final Pattern SET_NOT_NULL = Pattern.compile("\\bset not null\\b");
    private static final Pattern DROP = Pattern.compile("\\bdrop\\b");
    private static final Pattern DROP_NOT_NULL = Pattern.compile("^alter (?:column )?[\\w\"]+ drop not null$");
    private static final Pattern ADD_CONSTRAINT = Pattern
            .compile("^add (?:constraint [\\w\"]+ )?(?:primary key|unique|check|foreign key|exclude)\\b");
    private static final Pattern ADD_COLUMN = Pattern.compile("^add (?:column )?(?:if not exists )?[\\w\"]+ ");

    private MigrationLint() {
    }

    /** The statements of the migration's SQL that break the previous release, in order. */
    static List<Finding> check(String sql) {
        List<Finding> findings = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (Statement statement : statements(sql)) {
            String s = statement.normalised();
            Matcher create = CREATE_TABLE.matcher(s);
            if (create.find()) {
                created.add(table(create.group(1)));
                continue;
            }
            if (statement.comments().stream().anyMatch(c -> MARKER.matcher(c).find())) {
                continue; // reviewed: the marker says why the previous release is not hurt
            }
            for (String rule : rules(s, created)) {
                findings.add(new Finding(statement.line(), statement.normalised(), rule));
            }
        }
        return findings;
    }

    private static List<String> rules(String s, Set<String> created) {
        List<String> broken = new ArrayList<>();
        Matcher alter = ALTER_TABLE.matcher(s);
        if (alter.find() && created.contains(table(alter.group(1)))) {
            return broken; // a table of this migration: no earlier release knows it
        }
        if (s.startsWith("drop ")) {
            broken.add("DROP: the previous release may still use what is dropped");
        }
        if (s.startsWith("truncate ")) {
            broken.add("TRUNCATE: the previous release's rows are gone");
        }
        if (RENAME.matcher(s).find()) {
            broken.add("RENAME: the previous release still uses the old name");
        }
        Matcher unique = CREATE_UNIQUE_INDEX.matcher(s);
        if (unique.find() && !created.contains(table(unique.group(1)))) {
            broken.add("CREATE UNIQUE INDEX on an existing table: the previous release's writes may break it");
        }
        if (alter.matches()) {
            for (String clause : clauses(alter.group(2))) {
                if (DROP.matcher(clause).find() && !DROP_NOT_NULL.matcher(clause).find()) {
                    broken.add("DROP (a column, constraint or default): the previous release may rely on it");
                }
                if (RETYPE.matcher(clause).find()) {
                    broken.add("ALTER COLUMN ... TYPE: the previous release reads and writes the old type");
                }
                if (SET_NOT_NULL.matcher(clause).find()) {
                    broken.add("SET NOT NULL: the previous release may write no value");
                }
                if (ADD_CONSTRAINT.matcher(clause).find()) {
                    broken.add("ADD CONSTRAINT on an existing table: the previous release's writes may break it");
                } else if (ADD_COLUMN.matcher(clause).find() && clause.contains("not null")
                        && !clause.contains(" default ")) {
                    broken.add("ADD COLUMN ... NOT NULL without DEFAULT: the previous release inserts no value");
                }
            }
        }
        return broken;
    }

    private static String table(String name) {
        String bare = name.replace("\"", "");
        return bare.substring(bare.lastIndexOf('.') + 1);
    }

    /** The comma-separated actions of an ALTER TABLE, split outside parentheses. */
    private static List<String> clauses(String actions) {
        List<String> clauses = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < actions.length(); i++) {
            char c = actions.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                clauses.add(actions.substring(start, i).strip());
                start = i + 1;
            }
        }
        clauses.add(actions.substring(start).strip());
        return clauses;
    }

    /** A statement: its first line, its text without comments, and the comments before and inside it. */
    record Statement(int line, String text, List<String> comments) {

        String normalised() {
            return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The statements of the SQL, split at semicolons outside strings, quoted names, dollar-quoted bodies and comments.
     * String literals and dollar-quoted bodies are kept out of the text (as '' and $$$$), so that their words are not
     * read as statements.
     */
    static List<Statement> statements(String sql) {
        List<Statement> statements = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                comments.add(sql.substring(i + 2, end));
                i = end;
                continue;
            }
            if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
                String comment = sql.substring(i + 2, Math.max(i + 2, end - 2));
                comments.add(comment);
                line += (int) comment.chars().filter(ch -> ch == '\n').count();
                i = end;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                            end += 2; // a doubled quote inside
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                String quoted = sql.substring(i, Math.min(end + 1, sql.length()));
                line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                if (startLine < 0) {
                    startLine = line;
                }
                text.append(c == '"' ? quoted : "''");
                i = end + 1;
                continue;
            }
            if (c == '$') {
                Matcher tag = Pattern.compile("\\$[A-Za-z_]*\\$").matcher(sql).region(i, sql.length());
                if (tag.lookingAt()) {
                    int end = sql.indexOf(tag.group(), i + tag.group().length());
                    end = end < 0 ? sql.length() : end + tag.group().length();
                    line += (int) sql.substring(i, end).chars().filter(ch -> ch == '\n').count();
                    text.append("$$$$");
                    i = end;
                    continue;
                }
            }
            if (c == ';') {
                if (!text.toString().isBlank()) {
                    statements.add(new Statement(startLine, text.toString(), List.copyOf(comments)));
                }
                text.setLength(0);
                comments.clear();
                startLine = -1;
                i++;
                continue;
            }
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            text.append(c);
            i++;
        }
        if (!text.toString().isBlank()) {
            statements.add(new Statement(startLine, text.toString(), List.copyOf(comments)));
        }
        return statements;
    }
}
