package org.pswcp.assessment.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The level last announced for a worker in an area: CompetenceLevelChanged goes out only when it changes. */
@Entity
@Table(name = "area_attainment")
@IdClass(AreaAttainment.Key.class)
public class AreaAttainment {

    public record Key(String organisation, String workerId, UUID frameworkVersionId, String areaCode)
            implements
                Serializable {

        public Key() {
            this(null, null, null, null);
        }
    }

    @Id
    String organisation;

    @Id
    String workerId;

    @Id
    UUID frameworkVersionId;

    @Id
    String areaCode;

    Integer levelValue;

    String status;

    Instant updatedAt;

    protected AreaAttainment() {
    }

    AreaAttainment(Key key, Instant now) {
        this.organisation = key.organisation();
        this.workerId = key.workerId();
        this.frameworkVersionId = key.frameworkVersionId();
        this.areaCode = key.areaCode();
        this.status = AreaLevel.Status.NOT_ASSESSED.name();
        this.updatedAt = now;
    }

    /** Records the new level; says whether it differs from the last one. */
    boolean change(AreaLevel level, Instant now) {
        boolean changed = !java.util.Objects.equals(levelValue, level.value()) || !status.equals(level.status().name());
        levelValue = level.value();
        status = level.status().name();
        updatedAt = now;
        return changed;
    }
}
