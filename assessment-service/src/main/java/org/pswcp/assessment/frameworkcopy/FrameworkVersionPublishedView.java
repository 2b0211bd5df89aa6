package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;
import java.util.UUID;

import org.pswcp.kit.inbox.EventRejectedException;

/**
 * This service's view of {@code org.pswcp.framework.version-published.v1}: the fields it uses, no more. The producer
 * may add fields; they are ignored here.
 */
public record FrameworkVersionPublishedView(UUID frameworkId, String frameworkCode, UUID versionId,
        String versionCode, String title, Instant publishedAt) {

    public static final String TYPE = "org.pswcp.framework.version-published.v1";

    public FrameworkVersionPublishedView {
        if (frameworkId == null || versionId == null || frameworkCode == null || versionCode == null
                || title == null || publishedAt == null) {
            throw new EventRejectedException("A FrameworkVersionPublished event lacks a required field");
        }
    }
}
