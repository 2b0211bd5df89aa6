package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.pswcp.framework.content.FrameworkPackage;

/**
 * The events this service publishes, all on {@code framework.events} and keyed by the framework's code so that a
 * framework's events stay in order: the one place their topic and types are named.
 */
public final class FrameworkEvents {

    public static final String TOPIC = "framework.events";

    private FrameworkEvents() {
    }

    /**
     * {@code org.pswcp.framework.version-published.v1}: a version became the one that assessments may be pinned to. It
     * carries the version's whole content (public data), so that consumers keep their own copy without calling back.
     */
    public record FrameworkVersionPublished(UUID frameworkId, String frameworkCode, UUID versionId, String versionCode,
            String title, Instant publishedAt, FrameworkPackage content) {

        public static final String TYPE = "org.pswcp.framework.version-published.v1";
    }
}
