package org.pswcp.kit.inbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An event as a consumer sees it: the CloudEvents attributes and the data. A consumer reads the data through its own
 * small view ({@link #data(Class)}), which ignores fields it does not know, so producers can add fields freely.
 */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String organisation,
        String correlationId, String key, String topic, int partition, long offset, JsonNode json) {

    private static final ObjectMapper VIEWS = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The data read as the consumer's view of it; data that does not fit the view is a rejected event. */
    public <T> T data(Class<T> view) {
        try {
            return VIEWS.treeToValue(json, view);
        } catch (Exception e) {
            throw new EventRejectedException(
                    "The data of " + type + " event " + id + " does not fit " + view.getSimpleName());
        }
    }
}
