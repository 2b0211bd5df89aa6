package org.pswcp.assessment.workforce;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who supervises whom, from when to when: a supervision agreement as supervision-service announces it. */
@Entity
@Table(name = "supervision_link")
public class SupervisionLink {

    @Id
    UUID agreementId;

    String organisation;

    String superviseeWorkerId;

    String supervisorWorkerId;

    String type;

    LocalDate startDate;

    LocalDate endDate;

    protected SupervisionLink() {
    }

    SupervisionLink(UUID agreementId, String organisation, String superviseeWorkerId, String supervisorWorkerId,
            String type, LocalDate startDate, LocalDate endDate) {
        this.agreementId = agreementId;
        this.organisation = organisation;
        this.superviseeWorkerId = superviseeWorkerId;
        this.supervisorWorkerId = supervisorWorkerId;
        this.type = type;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void end(LocalDate endDate) {
        this.endDate = endDate;
    }

    boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !day.isAfter(endDate));
    }
}
