package org.pswcp.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pswcp.supervision.session.SessionDtos.NewAction;
import org.pswcp.supervision.session.SessionDtos.NewObservation;
import org.pswcp.supervision.session.SessionDtos.NewPersonalNotes;
import org.pswcp.supervision.session.SessionDtos.NewSession;

/**
 * A new session that keeps every one of {@link SessionRules}: what the supervisor asked to record, the day it was held
 * in the organisation's calendar, and the agreement each supervisee attended under. Lists the request left out are
 * empty.
 *
 * @param agreements each supervisee's agreement id, in the order the request names the supervisees
 * @param personalNotes what is confidential about each supervisee, by supervisee: a one-to-one session's top-level
 *            notes and reflections are its supervisee's
 */
record ValidSession(NewSession request, String supervisorWorkerId, LocalDate heldOn, Map<String, UUID> agreements,
        List<String> topics, List<UUID> discussedAgendaItemIds, List<NewAction> actions,
        List<NewObservation> observations, Map<String, NewPersonalNotes> personalNotes) {

    List<String> supervisees() {
        return request.superviseeWorkerIds();
    }
}
