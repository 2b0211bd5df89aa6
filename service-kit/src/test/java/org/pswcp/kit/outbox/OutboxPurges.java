package org.pswcp.kit.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/** Runs the relay's hourly purge when a test asks, rather than at its hour. */
@ApplicationScoped
public class OutboxPurges {

    private final OutboxRepository repository;

    OutboxPurges(OutboxRepository repository) {
        this.repository = repository;
    }

    public int purge(Duration retention) {
        return repository.purge(retention);
    }
}
