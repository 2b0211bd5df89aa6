package org.pswcp.framework.content;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.pswcp.framework.content.VersionContent.StatementEntry;

/** One row per statement (and sub-heading), with its domain, area and the units that cover it: RFC 4180 CSV. */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    public static final List<String> COLUMNS = List.of("id", "code", "kind", "parent_code", "depth", "domain_code",
            "domain_title", "area_code", "area_title", "unit_codes", "text");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    /**
     * @param ids the stable id of a statement, from its kind and code
     */
    public static String write(VersionContent content, BiFunction<String, String, UUID> ids) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (StatementEntry entry : content.statements()) {
            row(csv, ids.apply("statement", entry.statement().code()).toString(), entry.statement().code(),
                    entry.statement().kind().name(), entry.parentCode(), String.valueOf(entry.depth()),
                    entry.domain().code(), entry.domain().title(), entry.area().code(), entry.area().title(),
                    String.join(";", content.unitsCovering(entry.statement().code())), entry.statement().text());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values[i]));
        }
        csv.append("\r\n");
    }

    /**
     * A cell as RFC 4180 writes it, and safe to open in a spreadsheet: a cell that begins with a character that starts
     * a formula ({@code = + - @}, tab or carriage return) gets a leading apostrophe, which shows it as text (OWASP's
     * advice on CSV injection). Statement text is written by framework editors, and a trust's staff open the export.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
