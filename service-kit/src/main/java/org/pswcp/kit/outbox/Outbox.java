package org.pswcp.kit.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.observe.AfterCommit;
import org.pswcp.kit.observe.EventTracing;
import org.pswcp.kit.request.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records events in the same database transaction as the change they announce. Nothing is sent here: the
 * {@link OutboxRelay} sends committed events, so an event exists if and only if its change does.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final EventTracing tracing;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;

    Outbox(OutboxRepository repository, ObjectMapper mapper, OutboxConfig config, EventTracing tracing,
            AfterCommit afterCommit, OutboxRelay relay) {
        this.repository = repository;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.mapper = mapper;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * Records an event as part of the caller's transaction; there must be one (a service method marked
     * {@code @Transactional}). The current trace context is kept with the event, so the trace goes on when it is sent,
     * and the relay sends it as soon as the transaction commits.
     *
     * @return the event id, which becomes the CloudEvents {@code id}
     */
    @Transactional(TxType.MANDATORY)
    public UUID record(OutgoingEvent event) {
        UUID id = TimeOrderedIds.next();
        Map<String, String> trace = tracing.current();
        repository.persist(new OutboxEvent(id, event, config.source(), json(event.data()),
                RequestIds.correlationId(), trace.get(EventTracing.TRACEPARENT), trace.get(EventTracing.TRACESTATE),
                Instant.now()));
        afterCommit.run(relay::wake);
        return id;
    }

    private String json(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON", e);
        }
    }
}
