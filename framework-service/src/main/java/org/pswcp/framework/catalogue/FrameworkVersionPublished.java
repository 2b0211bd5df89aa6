package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code org.pswcp.framework.version-published.v1} on {@code framework.events}: a version became the one that
 * assessments may be pinned to. Its schema is {@code openapi/events/schemas}.
 */
public record FrameworkVersionPublished(UUID frameworkId, String frameworkCode, UUID versionId, String versionCode,
        String title, Instant publishedAt) {

    public static final String TOPIC = "framework.events";
    public static final String TYPE = "org.pswcp.framework.version-published.v1";
}
