package org.pswcp.framework.catalogue;

/** Where a framework version is in its life: editable, or published and never to change again. */
public enum VersionStatus {
    DRAFT, PUBLISHED
}
