package org.pswcp.assessment.profile;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How many workers whose records were destroyed had met, were developing or had not been assessed in an area of a
 * framework version, as HR's summary counted them when they were destroyed: a count, with no worker id.
 */
@Entity
@Table(name = "destroyed_area_count")
@IdClass(DestroyedAreaCount.Key.class)
class DestroyedAreaCount {

    public record Key(String organisation, UUID frameworkVersionId, String areaCode) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    String organisation;

    @Id
    UUID frameworkVersionId;

    @Id
    String areaCode;

    long met;

    long developing;

    long notAssessed;

    protected DestroyedAreaCount() {
    }

    DestroyedAreaCount(Key key) {
        this.organisation = key.organisation();
        this.frameworkVersionId = key.frameworkVersionId();
        this.areaCode = key.areaCode();
    }

    void add(AreaLevel.Status status) {
        switch (status) {
            case MET -> met++;
            case DEVELOPING -> developing++;
            case NOT_ASSESSED -> notAssessed++;
        }
    }
}
