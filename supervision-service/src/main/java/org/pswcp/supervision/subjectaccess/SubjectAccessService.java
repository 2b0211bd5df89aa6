package org.pswcp.supervision.subjectaccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.AuditResource.AuditEventView;
import org.pswcp.kit.audit.AuditTrail;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.security.Caller;
import org.pswcp.supervision.agenda.AgendaRepository;
import org.pswcp.supervision.agenda.AgendaResource.AgendaItemView;
import org.pswcp.supervision.agreement.AgreementDtos.AgreementView;
import org.pswcp.supervision.agreement.AgreementService;
import org.pswcp.supervision.roster.RosterDtos.WorkerView;
import org.pswcp.supervision.roster.RosterService;
import org.pswcp.supervision.session.SessionDtos.SubjectSession;
import org.pswcp.supervision.session.SessionService;

/**
 * A worker's subject access export: asked by the worker, or by HR on their behalf, and audited either way. The roster
 * decides who may ask, as for reading the worker's record: the worker themself, or their organisation's HR. HR's export
 * is everything but the confidential supervision content, which only the worker downloads.
 */
@ApplicationScoped
public class SubjectAccessService {

    static final String SERVICE = "supervision-service";

    private final RosterService roster;
    private final AgreementService agreements;
    private final SessionService sessions;
    private final AgendaRepository agenda;
    private final AuditTrail audit;
    private final Caller caller;

    SubjectAccessService(RosterService roster, AgreementService agreements, SessionService sessions,
            AgendaRepository agenda, AuditTrail audit, Caller caller) {
        this.roster = roster;
        this.agreements = agreements;
        this.sessions = sessions;
        this.agenda = agenda;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    @Audited(action = "subject-access.export", resourceType = "worker")
    public SubjectAccessExport export(@AuditedResourceId String workerId) {
        WorkerView worker = roster.get(workerId);
        List<AgreementView> agreed = agreements.of(workerId);
        boolean self = caller.isWorker(workerId);
        // Confidential supervision content never reaches HR, not even on the worker's behalf: it goes to the worker.
        List<SubjectSession> tookPart = sessions.tookPart(workerId, self);
        List<AgendaItemView> items = agenda.itemsOf(workerId).stream().map(AgendaItemView::of).toList();

        List<String> about = new ArrayList<>();
        about.add(workerId);
        agreed.forEach(a -> about.add(a.id().toString()));
        tookPart.forEach(s -> about.add(s.session().id().toString()));
        List<AuditEventView> trail = audit.forSubjectAccess(caller, workerId, about);
        return new SubjectAccessExport(SERVICE, workerId, caller.organisation(), Instant.now(), worker, !self,
                agreed, tookPart, items, trail);
    }
}
