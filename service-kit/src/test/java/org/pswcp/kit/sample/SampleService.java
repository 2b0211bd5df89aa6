package org.pswcp.kit.sample;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.security.Caller;

@ApplicationScoped
public class SampleService {

    public static final String TOPIC = "sample.events";
    public static final String CREATED = "org.pswcp.sample.created.v1";
    private static final Logger LOG = Logger.getLogger(SampleService.class);

    public record SampleCreated(UUID sampleId, String title) {
    }

    private final SampleRepository repository;
    private final Outbox outbox;
    private final Caller caller;

    SampleService(SampleRepository repository, Outbox outbox, Caller caller) {
        this.repository = repository;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    @Audited(action = "sample.create", resourceType = "sample")
    public SampleResource.SampleView create(String title, int quantity) {
        SampleRecord sample = new SampleRecord(TimeOrderedIds.next(), caller.organisation(), title, quantity);
        repository.persist(sample);
        outbox.record(OutgoingEvent.of(TOPIC, CREATED, sample.id.toString(), "samples/" + sample.id,
                new SampleCreated(sample.id, title)).organisation(sample.organisation)
                .dataref("/samples/" + sample.id));
        LOG.infof("sample created %s", sample.id);
        return SampleResource.SampleView.of(sample);
    }

    /** Writes a record and its event, then breaks a rule: both must vanish with the rollback. */
    @Transactional
    @Audited(action = "sample.create-and-fail", resourceType = "sample")
    public void createThenConflict(String title) {
        create(title, 1);
        throw new ConflictException("This sample cannot be created.");
    }
}
