package org.pswcp.kit.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.changes.ChangeDtos.ChangePage;
import org.pswcp.kit.outbox.Publications;
import org.pswcp.kit.problem.BusyException;
import org.pswcp.kit.problem.GoneException;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The change feed: an organisation's published events after a cursor, and the long poll that waits for the next ones
 * without holding a thread. A waiting poll looks again when this instance's relay publishes, and once a second when
 * another replica's has (one query for all the polls waiting here).
 */
@ApplicationScoped
class ChangeFeed {

    private static final int RETRY_AFTER_SECONDS = 2;

    private final ChangeFeedRepository repository;
    private final Publications publications;
    private final ChangesConfig config;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong lastSeen = new AtomicLong(-1);
    private volatile Instant lastWake = Instant.EPOCH;

    ChangeFeed(ChangeFeedRepository repository, Publications publications, ChangesConfig config) {
        this.repository = repository;
        this.publications = publications;
        this.config = config;
    }

    /**
     * The events after the cursor; when there are none, waits up to {@code wait} for some, and answers with the events
     * as soon as they are published or with none (and the same cursor) when the wait is over. Call from a worker
     * thread: the first look happens at once, the waiting holds none.
     *
     * @param after where the client is; null: from the oldest event kept
     */
    Uni<ChangePage> follow(String organisation, ChangeCursor after, int limit, Duration wait) {
        CompletionStage<Void> next = publications.next(); // before looking: what is published from now on wakes us
        ChangePage first = page(organisation, after, limit);
        if (!first.items().isEmpty() || wait.isZero()) {
            return Uni.createFrom().item(first);
        }
        ChangeCursor from = ChangeCursor.decode(first.cursor()); // where the client is, had it sent no cursor
        if (waiting.incrementAndGet() > config.maxWaiting()) {
            waiting.decrementAndGet();
            throw new BusyException("As many clients wait for changes as this instance holds; try again after"
                    + " Retry-After seconds, or read without wait.", RETRY_AFTER_SECONDS);
        }
        return poll(organisation, from, limit, Instant.now().plus(wait), next)
                .onTermination().invoke(waiting::decrementAndGet);
    }

    private Uni<ChangePage> poll(String organisation, ChangeCursor after, int limit, Instant deadline,
            CompletionStage<Void> published) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return Uni.createFrom().item(new ChangePage(List.of(), after.encode()));
        }
        return Uni.createFrom().completionStage(published).replaceWith(Boolean.TRUE)
                .ifNoItem().after(left).recoverWithItem(Boolean.FALSE)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(signalled -> {
                    CompletionStage<Void> next = publications.next();
                    ChangePage page = page(organisation, after, limit);
                    return page.items().isEmpty() && signalled
                            ? poll(organisation, after, limit, deadline, next)
                            : Uni.createFrom().item(page);
                });
    }

    private ChangePage page(String organisation, ChangeCursor after, int limit) {
        ChangeFeedRepository.Read read = repository.after(organisation, after == null ? 0 : after.position(), limit);
        // From the start (no cursor), what was purged is not missed: it was not there to read.
        ChangeCursor from = after == null ? new ChangeCursor(read.purgedThrough()) : after;
        if (after != null && after.position() < read.purgedThrough()) {
            throw new GoneException("Events after this cursor are no longer kept (the feed keeps the events of the"
                    + " outbox's retention, 14 days unless configured otherwise), so some were missed. Read the"
                    + " current state from the lists, then follow the feed again from its start (without after).");
        }
        List<ChangeDtos.ChangeEvent> events = read.events().stream().map(ChangeFeedRepository.Positioned::event)
                .toList();
        ChangeCursor cursor = read.events().isEmpty()
                ? from
                : new ChangeCursor(read.events().getLast().position());
        return new ChangePage(events, cursor.encode());
    }

    /**
     * Wakes the polls waiting here when another replica has published; nothing to do while none waits. Wakes them also
     * when nothing was published for as long as the longest wait, so that the copies of the wait given up by polls that
     * timed out are let go.
     */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lookForOthersPublications() {
        if (waiting.get() == 0) {
            return;
        }
        long last = repository.lastPosition();
        Instant now = Instant.now();
        if (lastSeen.getAndSet(last) != last || lastWake.plus(ChangesResource.LONGEST_WAIT).isBefore(now)) {
            lastWake = now;
            publications.announce();
        }
    }
}
