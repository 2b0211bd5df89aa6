package org.pswcp.assessment.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * Who may see which assessment, inside the caller's organisation: its author; the assessed worker once it is no longer
 * a draft; a supervisor of the worker under an active agreement; HR, for signed-off outcomes and organisational
 * assessments. Anything else is not found. HR sees a worker's assessment as an outcome only: what was signed off, not
 * how it got there.
 */
@ApplicationScoped
public class AssessmentAccess {

    private final Caller caller;
    private final Workforce workforce;

    AssessmentAccess(Caller caller, Workforce workforce) {
        this.caller = caller;
        this.workforce = workforce;
    }

    /**
     * Whether the caller wrote it: the same account, or the same person (worker id) through another account of the
     * organisation.
     */
    boolean isAuthor(Assessment a) {
        return a.isAuthoredBy(caller.subject(), caller.workerId());
    }

    boolean canSee(Assessment a) {
        return seesInFull(a) || hrSeesOutcome(a);
    }

    /**
     * Whether the caller sees a worker's assessment only because HR sees signed-off outcomes: not as its author, the
     * worker, or a supervisor of theirs. Such a caller is not shown how it got there, such as why it was returned
     * before it was signed off: that reason is about a version that was never signed off.
     */
    boolean seesOutcomeOnly(Assessment a) {
        return hrSeesOutcome(a) && !seesInFull(a);
    }

    private boolean hrSeesOutcome(Assessment a) {
        return caller.hasRole(Roles.HR) && a.status() == AssessmentStatus.SIGNED_OFF;
    }

    /**
     * The author, the worker once it is submitted, a supervisor of theirs, and HR for organisational assessments (which
     * HR itself writes and signs off) see all of it, in every state they may see.
     */
    private boolean seesInFull(Assessment a) {
        if (isAuthor(a)) {
            return true;
        }
        if (a.kind() == AssessmentKind.ORGANISATIONAL) {
            return caller.hasRole(Roles.HR);
        }
        if (a.subjectWorkerId() == null || caller.workerId().isEmpty()) {
            return false;
        }
        String me = caller.workerId().get();
        if (caller.hasRole(Roles.PSW) && me.equals(a.subjectWorkerId()) && a.status() != AssessmentStatus.DRAFT) {
            return true;
        }
        return caller.hasRole(Roles.SUPERVISOR)
                && workforce.supervises(caller.organisation(), me, a.subjectWorkerId());
    }

    /**
     * May sign off or return it: a supervisor of the worker (HR for organisational ones), never its author or subject.
     */
    boolean canDecide(Assessment a) {
        if (isAuthor(a)) {
            return false;
        }
        if (a.kind() == AssessmentKind.ORGANISATIONAL) {
            return caller.hasRole(Roles.HR);
        }
        String me = caller.workerId().orElse(null);
        return me != null && !me.equals(a.subjectWorkerId()) && caller.hasRole(Roles.SUPERVISOR)
                && workforce.supervises(caller.organisation(), me, a.subjectWorkerId());
    }

    /** The same rule as {@link #canSee}, as a query, so lists page correctly. */
    Where visible() {
        List<String> anyOf = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        anyOf.add("authorSubject = :me");
        parameters.put("me", caller.subject());
        caller.workerId().ifPresent(me -> {
            anyOf.add("authorWorkerId = :authorWorkerId");
            parameters.put("authorWorkerId", me);
        });
        if (caller.hasRole(Roles.HR)) {
            anyOf.add("(status = :signedOff or kind = :organisational)");
            parameters.put("signedOff", AssessmentStatus.SIGNED_OFF);
            parameters.put("organisational", AssessmentKind.ORGANISATIONAL);
        }
        caller.workerId().ifPresent(me -> {
            if (caller.hasRole(Roles.PSW)) {
                anyOf.add("(subjectWorkerId = :myWorkerId and status <> :draft)");
                parameters.put("myWorkerId", me);
                parameters.put("draft", AssessmentStatus.DRAFT);
            }
            if (caller.hasRole(Roles.SUPERVISOR)) {
                List<String> supervisees = workforce.superviseesOf(caller.organisation(), me);
                if (!supervisees.isEmpty()) {
                    anyOf.add("subjectWorkerId in :supervisees");
                    parameters.put("supervisees", supervisees);
                }
            }
        });
        return Where.of("(" + String.join(" or ", anyOf) + ")", parameters);
    }
}
