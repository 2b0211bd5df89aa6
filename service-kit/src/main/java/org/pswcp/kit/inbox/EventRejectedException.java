package org.pswcp.kit.inbox;

/**
 * An event that can never be processed as it is (no CloudEvents id, data that is not JSON, data that breaks its
 * schema). Thrown from a consumer it sends the record to the topic's dead-letter topic with this message as the reason,
 * so it must not quote the event's content.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
