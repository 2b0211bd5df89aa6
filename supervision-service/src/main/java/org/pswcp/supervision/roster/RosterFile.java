package org.pswcp.supervision.roster;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A roster file read into rows and errors. Both formats carry the fields of the single-worker record ({@code PUT
 * /v1/workers/{workerId}}) plus its id: CSV with the header {@code workerId,role,team,startDate,endDate} (any order;
 * {@code endDate} and {@code organisation} optional), JSON as an array of objects with the same names. Every fault is
 * an error naming the line (as in the file; the CSV header is line 1) and the column, with a reason that never quotes
 * the cell: a row with any error is not a valid row. Cells starting with {@code =}, {@code +}, {@code -} or {@code @}
 * in the team's name are refused, not escaped: a spreadsheet would run them as formulas when HR opens an export.
 */
final class RosterFile {

    static final List<String> REQUIRED = List.of("workerId", "role", "team", "startDate");
    static final List<String> OPTIONAL = List.of("endDate", "organisation");
    private static final Pattern WORKER_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final String ROLES = Arrays.stream(WorkerRole.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row the file would have the roster hold. */
    record Row(int line, String workerId, WorkerRole role, String team, LocalDate startDate, LocalDate endDate) {
    }

    /** What is wrong, where: {@code column} is null when the fault is the whole line's. */
    record Error(int line, String column, String reason) {
    }

    /** The file's valid rows, its errors, how many data rows it had, and the worker ids named on invalid rows. */
    record Read(List<Row> rows, List<Error> errors, int rowCount, Set<String> namedOnInvalidRows) {
    }

    /** More data rows than the import accepts. */
    static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final String organisation;
    private final int maxRows;
    private final List<Error> errors = new ArrayList<>();

    private RosterFile(String organisation, int maxRows) {
        this.organisation = organisation;
        this.maxRows = maxRows;
    }

    static Read csv(String text, String organisation, int maxRows) {
        return new RosterFile(organisation, maxRows).readCsv(text);
    }

    static Read json(String text, String organisation, int maxRows) {
        return new RosterFile(organisation, maxRows).readJson(text);
    }

    private Read readCsv(String text) {
        List<RosterCsv.Line> lines;
        try {
            lines = RosterCsv.parse(text);
        } catch (RosterCsv.Malformed e) {
            errors.add(new Error(e.line, null, e.getMessage()));
            return done(List.of(), 0);
        }
        if (lines.isEmpty()) {
            errors.add(new Error(1, null, "the file is empty: it needs the header " + String.join(",", REQUIRED)
                    + ",endDate"));
            return done(List.of(), 0);
        }
        List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
        if (!header(header)) {
            return done(List.of(), lines.size() - 1);
        }
        if (lines.size() - 1 > maxRows) {
            throw new TooManyRows();
        }
        List<Map<String, String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (RosterCsv.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != header.size()) {
                errors.add(new Error(line.number(), null,
                        "has " + line.cells().size() + " cells; the header has " + header.size()));
                continue;
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), line.cells().get(i));
            }
            records.add(record);
            numbers.add(line.number());
        }
        return rows(records, numbers, lines.size() - 1);
    }

    private boolean header(List<String> header) {
        int before = errors.size();
        for (String column : header) {
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                errors.add(new Error(1, column, "is not a column of the roster file; the columns are "
                        + String.join(",", REQUIRED) + ",endDate,organisation"));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                errors.add(new Error(1, column, "is missing from the header"));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            errors.add(new Error(1, null, "names a column twice"));
        }
        return errors.size() == before;
    }

    private Read readJson(String text) {
        List<Map<String, String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int elements = 0;
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                errors.add(new Error(1, null, "must be a JSON array of worker records"));
                return done(List.of(), 0);
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                if (++elements > maxRows) {
                    throw new TooManyRows();
                }
                JsonNode node = JSON.readTree(parser);
                Map<String, String> record = object(node, line);
                if (record != null) {
                    records.add(record);
                    numbers.add(line);
                }
            }
        } catch (JsonProcessingException e) {
            errors.add(new Error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null,
                    "is not well-formed JSON"));
            return done(List.of(), elements);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows(records, numbers, elements);
    }

    /** The object's fields as text, or null (with errors) when it is not an object of known fields. */
    private Map<String, String> object(JsonNode node, int line) {
        if (!node.isObject()) {
            errors.add(new Error(line, null, "must be an object with the fields of a worker record"));
            return null;
        }
        Map<String, String> record = new HashMap<>();
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!REQUIRED.contains(field.getKey()) && !OPTIONAL.contains(field.getKey())) {
                errors.add(new Error(line, field.getKey(), "is not a field of a worker record"));
                ok = false;
            } else if (field.getValue().isNull()) {
                record.put(field.getKey(), "");
            } else if (!field.getValue().isTextual()) {
                errors.add(new Error(line, field.getKey(), "must be a string"));
                ok = false;
            } else {
                record.put(field.getKey(), field.getValue().asText());
            }
        }
        if (!ok) {
            String workerId = record.get("workerId");
            return workerId == null ? null : Map.of("workerId", workerId, "\u0000invalid", "");
        }
        return record;
    }

    private Read rows(List<Map<String, String>> records, List<Integer> numbers, int rowCount) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Integer, String> namedOn = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            int line = numbers.get(i);
            int before = errors.size();
            Row row = record.containsKey("\u0000invalid") ? null : row(record, line);
            String workerId = record.getOrDefault("workerId", "").strip();
            if (WORKER_ID.matcher(workerId).matches()) {
                namedOn.put(line, workerId);
                Integer first = firstLine.putIfAbsent(workerId, line);
                if (first != null) {
                    errors.add(new Error(line, "workerId", "appears already on line " + first
                            + ": a worker has one row"));
                    errors.add(new Error(first, "workerId", "appears again on line " + line));
                }
            }
            if (row != null && errors.size() == before) {
                rows.add(row);
            }
        }
        Set<Integer> faulty = errors.stream().map(Error::line).collect(Collectors.toSet());
        List<Row> valid = rows.stream().filter(r -> !faulty.contains(r.line())).toList();
        Set<String> invalidNames = namedOn.entrySet().stream().filter(e -> faulty.contains(e.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Read(valid, List.copyOf(errors), rowCount, invalidNames);
    }

    private Row row(Map<String, String> record, int line) {
        int before = errors.size();
        String workerId = text(record, "workerId", line);
        if (workerId != null && !WORKER_ID.matcher(workerId).matches()) {
            errors.add(new Error(line, "workerId", "must be 1 to 32 letters, digits or hyphens"));
        }
        String organisationCell = record.getOrDefault("organisation", "").strip();
        if (!organisationCell.isEmpty() && !organisationCell.equals(organisation)) {
            errors.add(new Error(line, "organisation", "is another organisation's: an import holds the workers of"
                    + " your organisation only"));
        }
        WorkerRole role = null;
        String roleCell = text(record, "role", line);
        if (roleCell != null) {
            try {
                role = WorkerRole.valueOf(roleCell);
            } catch (IllegalArgumentException e) {
                errors.add(new Error(line, "role", "must be one of " + ROLES));
            }
        }
        String team = text(record, "team", line);
        if (team != null) {
            if (team.length() > 100) {
                errors.add(new Error(line, "team", "must be at most 100 characters"));
            } else if ("=+-@".indexOf(team.charAt(0)) >= 0) {
                errors.add(new Error(line, "team", "must not start with =, +, - or @: a spreadsheet would run it as"
                        + " a formula"));
            }
        }
        LocalDate start = date(record, "startDate", line, true);
        LocalDate end = date(record, "endDate", line, false);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new Error(line, "endDate", "must not be before startDate"));
        }
        return errors.size() == before ? new Row(line, workerId, role, team, start, end) : null;
    }

    private String text(Map<String, String> record, String column, int line) {
        String value = record.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            errors.add(new Error(line, column, "must not be blank"));
            return null;
        }
        return value;
    }

    private LocalDate date(Map<String, String> record, String column, int line, boolean required) {
        String value = record.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(new Error(line, column, "must not be blank"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Error(line, column, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private Read done(List<Row> rows, int rowCount) {
        return new Read(rows, List.copyOf(errors), rowCount, Set.of());
    }
}
