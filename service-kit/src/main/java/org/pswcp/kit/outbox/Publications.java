package org.pswcp.kit.outbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells whoever waits that the relay has marked events published, so that a long-polling reader of the change feed
 * answers at once rather than at its timeout. One signal for everything published: readers look again and find what is
 * theirs.
 */
@ApplicationScoped
public class Publications {

    private final AtomicReference<CompletableFuture<Void>> next = new AtomicReference<>(new CompletableFuture<>());

    /**
     * The next publication: completes once events are marked published after this call. Take it before looking, so that
     * what is published between the look and the wait is not missed. Each caller gets its own copy: a waiter that gives
     * up cancels its copy (as Mutiny does on a timeout), never the wait of the others.
     */
    public CompletionStage<Void> next() {
        return next.get().copy();
    }

    /** Completes the current wait and starts the next; called once events were marked published. */
    public void announce() {
        next.getAndSet(new CompletableFuture<>()).complete(null);
    }
}
