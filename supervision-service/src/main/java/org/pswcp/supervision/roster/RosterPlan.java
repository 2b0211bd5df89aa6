package org.pswcp.supervision.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a roster file would do to the roster: whom it adds, whose record it changes (and which fields), whom it leaves
 * as they are, and, for a full import, whom it ends because the file no longer names them. The same plan is shown by
 * the dry run and made again, against the roster as it then is, when the import is applied.
 */
final class RosterPlan {

    enum Outcome {
        ADDED, CHANGED, UNCHANGED, ENDED
    }

    /** One worker's change; {@code line} is null for a worker ended because the file does not name them. */
    record Change(String workerId, Outcome outcome, List<String> fields, Integer line, RosterFile.Row row) {
    }

    private RosterPlan() {
    }

    /**
     * @param current the organisation's roster, by worker id
     * @param full whether workers the file does not name are ended on {@code effectiveDate}
     * @param keep worker ids on the file's invalid rows: a full import never ends them for a typo in their row
     */
    static List<Change> of(Map<String, Worker> current, Collection<RosterFile.Row> rows, boolean full,
            LocalDate effectiveDate, Set<String> keep) {
        List<Change> changes = new ArrayList<>();
        for (RosterFile.Row row : rows) {
            Worker worker = current.get(row.workerId());
            if (worker == null) {
                changes.add(new Change(row.workerId(), Outcome.ADDED, List.of(), row.line(), row));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (worker.role() != row.role()) {
                fields.add("role");
            }
            if (!Objects.equals(worker.team(), row.team())) {
                fields.add("team");
            }
            if (!Objects.equals(worker.startDate(), row.startDate())) {
                fields.add("startDate");
            }
            if (!Objects.equals(worker.endDate(), row.endDate())) {
                fields.add("endDate");
            }
            changes.add(new Change(row.workerId(), fields.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED,
                    List.copyOf(fields), row.line(), row));
        }
        if (full) {
            Set<String> named = rows.stream().map(RosterFile.Row::workerId).collect(Collectors.toSet());
            current.values().stream()
                    .filter(w -> !named.contains(w.workerId()) && !keep.contains(w.workerId()))
                    .filter(w -> endsOn(w, effectiveDate))
                    .sorted((a, b) -> a.workerId().compareTo(b.workerId()))
                    .forEach(w -> changes.add(new Change(w.workerId(), Outcome.ENDED, List.of("endDate"), null,
                            null)));
        }
        return changes;
    }

    /**
     * A worker the file leaves out is ended on the effective day if they are in post then or later: started by then,
     * and not already ended before it. One who starts after it is left alone (ending before starting is no record).
     */
    private static boolean endsOn(Worker worker, LocalDate effectiveDate) {
        return !worker.startDate().isAfter(effectiveDate)
                && (worker.endDate() == null || worker.endDate().isAfter(effectiveDate));
    }
}
