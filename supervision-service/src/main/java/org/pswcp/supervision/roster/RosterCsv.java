package org.pswcp.supervision.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets and ESR exports write it: fields separated by commas, optionally in double quotes (a
 * quote inside doubled), quoted fields holding commas and line breaks, lines ended by CRLF or LF, and a UTF-8 byte
 * order mark ignored. Each record keeps the line of the file it starts on (the header is line 1), so that errors name
 * the line a person sees in an editor. Blank lines are skipped.
 */
final class RosterCsv {

    /** A record of the file: the line it starts on, and its cells as written (quotes removed). */
    record Line(int number, List<String> cells) {
    }

    /** The file cannot be read as CSV at all: a quote left open. */
    static final class Malformed extends RuntimeException {

        final int line;

        Malformed(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private RosterCsv() {
    }

    static List<Line> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(lines, recordStart, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new Malformed(recordStart, "a quoted field opened on this line is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            add(lines, recordStart, cells);
        }
        return lines;
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        boolean blank = cells.size() == 1 && cells.get(0).isBlank();
        if (!blank) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }
}
