package org.pswcp.framework.catalogue;

/**
 * A version was published in this replica: fired in the publishing transaction, so that what is built from the
 * published versions (the CASE catalogue) is built again once it commits, without waiting for its next check.
 */
public record VersionPublished(String frameworkCode, String versionCode) {
}
