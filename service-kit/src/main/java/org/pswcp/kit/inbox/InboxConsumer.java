package org.pswcp.kit.inbox;

/**
 * A use case that applies events from one channel through the {@link Inbox}: its name in the inbox, the channel its
 * {@code @Incoming} method reads, and how it applies an event. The dead letters of its channel can then be replayed to
 * it, once the cause is fixed, with the same at-most-once guarantee.
 */
public interface InboxConsumer {

    /**
     * A stable name of the use case, such as {@code assessment.framework-versions}: the inbox keys applied events by
     * it.
     */
    String name();

    /**
     * The channel of its {@code @Incoming} method; its topic and dead-letter topic are that channel's configuration.
     */
    String channel();

    /** Applies one event, in the inbox's transaction; throws {@link EventRejectedException} for one it never can. */
    void apply(IncomingEvent event);
}
