package org.pswcp.assessment.profile;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How many workers whose records were destroyed HR's summary of a framework version counted when they were destroyed: a
 * count, with no worker id.
 */
@Entity
@Table(name = "destroyed_worker_count")
@IdClass(DestroyedWorkerCount.Key.class)
class DestroyedWorkerCount {

    public record Key(String organisation, UUID frameworkVersionId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    String organisation;

    @Id
    UUID frameworkVersionId;

    long workers;

    protected DestroyedWorkerCount() {
    }

    DestroyedWorkerCount(Key key) {
        this.organisation = key.organisation();
        this.frameworkVersionId = key.frameworkVersionId();
    }
}
