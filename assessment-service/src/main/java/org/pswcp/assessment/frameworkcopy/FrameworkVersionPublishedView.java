package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;
import java.util.UUID;

import org.pswcp.assessment.Events;
import org.pswcp.kit.inbox.EventRejectedException;

/**
 * This service's view of the data of {@value Events#FRAMEWORK_VERSION_PUBLISHED}, from which it makes a
 * {@link FrameworkCopy}: the fields it uses, no more. The producer may add fields; they are ignored here.
 */
public record FrameworkVersionPublishedView(UUID frameworkId, String frameworkCode, UUID versionId,
        String versionCode, String title, Instant publishedAt) {

    public FrameworkVersionPublishedView {
        if (frameworkId == null || versionId == null || frameworkCode == null || versionCode == null
                || title == null || publishedAt == null) {
            throw new EventRejectedException("A FrameworkVersionPublished event lacks a required field");
        }
    }
}
