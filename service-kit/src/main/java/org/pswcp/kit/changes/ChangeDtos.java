package org.pswcp.kit.changes;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

public final class ChangeDtos {

    private ChangeDtos() {
    }

    @Schema(name = "ChangeEvent",
            description = "An event as the service published it to Kafka, as a CloudEvents 1.0 structured JSON event: the same id, type and attributes as the record's ce_ headers, and its data per the event's JSON Schema in openapi/events/schemas/ (named by type). Never confidential text.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeEvent(
            @Schema(description = "The CloudEvents version.", example = "1.0") String specversion,
            @Schema(description = "The event's id: the same on Kafka and here, and on every repeat. Drop an event whose id you have applied.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f") String id,
            @Schema(description = "The service that published it.",
                    example = "urn:pswcp:assessment-service") String source,
            @Schema(description = "What happened, with its version: the JSON Schema of data is openapi/events/schemas/<type>.json.",
                    example = "org.pswcp.assessment.submitted.v1") String type,
            @Schema(description = "The resource the event is about.",
                    example = "assessments/0b5c3f0e-8c1d-4a0b-9d7e-2f1a5b6c7d8e") String subject,
            @Schema(description = "When the change was made.") Instant time,
            @Schema(description = "The media type of data.", example = "application/json") String datacontenttype,
            @Schema(description = "Where the resource can be read through the API.",
                    example = "/v1/assessments/0b5c3f0e-8c1d-4a0b-9d7e-2f1a5b6c7d8e") String dataref,
            @Schema(description = "The organisation (ODS code) whose data this is; absent for national data such as a published framework version.",
                    example = "R9A") String organisation,
            @Schema(description = "The correlation id of the request that caused it.",
                    example = "0b7e6c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e") String correlationid,
            @Schema(type = SchemaType.OBJECT, description = "The event's data, exactly as published to Kafka.",
                    example = "{\"assessmentId\":\"0b5c3f0e-8c1d-4a0b-9d7e-2f1a5b6c7d8e\",\"workerId\":\"10000003\","
                            + "\"kind\":\"SELF\",\"frameworkVersionId\":\"5d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a\","
                            + "\"submittedAt\":\"2026-03-10T16:15:50Z\"}") @JsonRawValue String data) {
    }

    @Schema(name = "ChangePage",
            description = "The next events of the feed, oldest first, and where to read on. Empty when nothing new came within the wait.")
    public record ChangePage(
            @Schema(description = "The events after the cursor sent, in the order the service published them.") List<ChangeEvent> items,
            @Schema(description = "Opaque: pass it as after to read on. The cursor sent (or the start) when no event came.",
                    example = "YzE6MTA0NQ") String cursor) {
    }
}
