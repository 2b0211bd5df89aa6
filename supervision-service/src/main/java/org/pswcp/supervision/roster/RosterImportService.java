package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.observe.AfterCommit;
import org.pswcp.kit.problem.PayloadTooLargeException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.request.RequestIds;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.SupervisionConfig;
import org.pswcp.supervision.roster.RosterImportDtos.ImportView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Roster imports: a whole roster file read, compared with the roster (the dry run), then applied as one transaction
 * that emits exactly the events single updates would ({@code WorkerUpdated}, one per worker whose record changes).
 * Files of up to {@code background-from-rows} rows are read and applied in the request; larger ones by one background
 * thread per replica, still each in one transaction, so a failure leaves the roster as it was.
 */
@ApplicationScoped
public class RosterImportService {

    private static final Logger LOG = Logger.getLogger(RosterImportService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Background work on the whole roster takes longer than a request's default transaction timeout allows. */
    static final int BACKGROUND_TIMEOUT_SECONDS = 600;

    private final RosterImportRepository imports;
    private final RosterImportRowRepository rows;
    private final RosterService roster;
    private final Caller caller;
    private final Today today;
    private final AfterCommit afterCommit;
    private final SupervisionConfig.RosterImport config;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "roster-import");
        thread.setDaemon(true);
        return thread;
    });

    RosterImportService(RosterImportRepository imports, RosterImportRowRepository rows, RosterService roster,
            Caller caller, Today today, AfterCommit afterCommit, SupervisionConfig config) {
        this.imports = imports;
        this.rows = rows;
        this.roster = roster;
        this.caller = caller;
        this.today = today;
        this.afterCommit = afterCommit;
        this.config = config.rosterImport();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Reads a roster file of the caller's organisation and makes its dry run: at once for a small file, in the
     * background for a large one (then the import is PENDING until it is READY). Changes nothing on the roster.
     *
     * @param effectiveDate the day a full import ends the workers it leaves out; today when null
     */
    @Transactional
    @Audited(action = "roster-import.create", resourceType = "roster-import")
    public ImportView create(String body, RosterImport.Format format, RosterImport.Mode mode,
            LocalDate effectiveDate) {
        String organisation = caller.organisation();
        RosterFile.Read read;
        try {
            read = format == RosterImport.Format.CSV
                    ? RosterFile.csv(body, organisation, config.maxRows())
                    : RosterFile.json(body, organisation, config.maxRows());
        } catch (RosterFile.TooManyRows e) {
            throw new PayloadTooLargeException("A roster file holds at most " + config.maxRows() + " rows.");
        }
        Instant now = Instant.now();
        RosterImport rosterImport = new RosterImport(organisation, format, mode,
                effectiveDate != null ? effectiveDate : today.date(), read.rowCount(), now);
        imports.persist(rosterImport);
        List<RosterImportRow> staged = List.of();
        if (inRequest(rosterImport)) {
            staged = dryRun(rosterImport, read, now);
        } else {
            UUID id = rosterImport.id();
            String correlation = RequestIds.correlationId();
            afterCommit.run(() -> background.submit(() -> dryRunInBackground(organisation, id, read, correlation)));
        }
        return view(rosterImport, staged);
    }

    /** The import as its organisation's HR may see it: status, counts, errors and, while staged, its changes. */
    @Transactional
    public ImportView get(UUID id) {
        RosterImport rosterImport = imports.getVisible(id);
        return view(rosterImport, rows.of(rosterImport.organisation(), id));
    }

    /**
     * Applies a READY import: every change of its dry run, made again against the roster as it is now, in one
     * transaction with its events. A file with errors is applied only when {@code validRowsOnly}.
     */
    @Transactional
    @Audited(action = "roster-import.apply", resourceType = "roster-import")
    public ImportView apply(@AuditedResourceId UUID id, boolean validRowsOnly) {
        String organisation = caller.organisation();
        RosterImport rosterImport = imports.findForUpdate(organisation, id)
                .orElseThrow(() -> new ResourceNotFoundException("roster import", id));
        rosterImport.startApplying(validRowsOnly, Instant.now());
        if (inRequest(rosterImport)) {
            applyStaged(rosterImport);
        } else {
            String correlation = RequestIds.correlationId();
            afterCommit.run(() -> background.submit(() -> applyInBackground(organisation, id, correlation)));
        }
        return view(rosterImport, List.of());
    }

    /** Forgets the staged rows about a worker whose records are being destroyed, in the caller's organisation. */
    @Transactional
    public long forget(String workerId) {
        return rows.forgetWorker(caller.organisation(), workerId);
    }

    private boolean inRequest(RosterImport rosterImport) {
        return rosterImport.rowCount() < config.backgroundFromRows();
    }

    private List<RosterImportRow> dryRun(RosterImport rosterImport, RosterFile.Read read, Instant now) {
        Map<String, Worker> current = roster.rosterOf(rosterImport.organisation());
        List<RosterPlan.Change> plan = RosterPlan.of(current, read.rows(),
                rosterImport.mode() == RosterImport.Mode.FULL, rosterImport.effectiveDate(),
                read.namedOnInvalidRows());
        List<RosterImportRow> staged = new ArrayList<>(plan.stream().map(c -> RosterImportRow.of(rosterImport, c))
                .toList());
        read.namedOnInvalidRows().forEach(workerId -> staged
                .add(new RosterImportRow(rosterImport, null, workerId, RosterImportRow.Kind.INVALID)));
        rows.stage(staged);
        int invalidRows = (int) read.errors().stream().map(RosterFile.Error::line).filter(line -> line > 1)
                .distinct().count();
        List<RosterFile.Error> shown = read.errors().stream().limit(config.maxErrorsShown()).toList();
        rosterImport.ready(invalidRows, read.errors().size(), json(shown), counts(plan), now);
        return staged;
    }

    private void applyStaged(RosterImport rosterImport) {
        String organisation = rosterImport.organisation();
        List<RosterImportRow> staged = rows.of(organisation, rosterImport.id());
        List<RosterFile.Row> fileRows = staged.stream().map(RosterImportRow::row).filter(r -> r != null).toList();
        Set<String> keep = staged.stream().filter(r -> r.kind() == RosterImportRow.Kind.INVALID)
                .map(RosterImportRow::workerId).collect(Collectors.toSet());
        Map<String, Worker> current = roster.rosterOf(organisation);
        List<RosterPlan.Change> plan = RosterPlan.of(current, fileRows,
                rosterImport.mode() == RosterImport.Mode.FULL, rosterImport.effectiveDate(), keep);
        roster.applyPlan(organisation, current, plan, rosterImport.effectiveDate());
        rows.forget(rosterImport.id());
        rosterImport.applied(counts(plan), Instant.now());
    }

    private void dryRunInBackground(String organisation, UUID id, RosterFile.Read read, String correlation) {
        RequestIds.bind("roster-import-" + id, correlation);
        inBackground(organisation, id, "dry-run-failed", rosterImport -> {
            rosterImport.validating(Instant.now());
            dryRun(rosterImport, read, Instant.now());
        });
    }

    private void applyInBackground(String organisation, UUID id, String correlation) {
        RequestIds.bind("roster-import-" + id, correlation);
        inBackground(organisation, id, "apply-failed", this::applyStaged);
    }

    /** The work in one transaction; if it fails, nothing of it stays, and the import says FAILED. */
    private void inBackground(String organisation, UUID id, String failure,
            java.util.function.Consumer<RosterImport> work) {
        try {
            QuarkusTransaction.requiringNew().timeout(BACKGROUND_TIMEOUT_SECONDS).run(() -> work
                    .accept(imports.findForUpdate(organisation, id).orElseThrow()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Roster import %s failed (%s); the roster is unchanged", id, failure);
            QuarkusTransaction.requiringNew().run(() -> imports.findForUpdate(organisation, id)
                    .ifPresent(i -> i.failed(failure, Instant.now())));
        }
    }

    private static RosterImport.Counts counts(List<RosterPlan.Change> plan) {
        Map<RosterPlan.Outcome, Long> by = plan.stream()
                .collect(Collectors.groupingBy(RosterPlan.Change::outcome, Collectors.counting()));
        return new RosterImport.Counts(by.getOrDefault(RosterPlan.Outcome.ADDED, 0L).intValue(),
                by.getOrDefault(RosterPlan.Outcome.CHANGED, 0L).intValue(),
                by.getOrDefault(RosterPlan.Outcome.ENDED, 0L).intValue(),
                by.getOrDefault(RosterPlan.Outcome.UNCHANGED, 0L).intValue());
    }

    private ImportView view(RosterImport rosterImport, List<RosterImportRow> staged) {
        return ImportView.of(rosterImport, staged, errorsOf(rosterImport));
    }

    private static List<RosterImportDtos.RowError> errorsOf(RosterImport rosterImport) {
        try {
            return List.of(JSON.readValue(rosterImport.errors, RosterImportDtos.RowError[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's errors are not readable", e);
        }
    }

    private static String json(List<RosterFile.Error> errors) {
        try {
            return JSON.writeValueAsString(errors.stream()
                    .map(e -> new RosterImportDtos.RowError(e.line(), e.column(), e.reason())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
