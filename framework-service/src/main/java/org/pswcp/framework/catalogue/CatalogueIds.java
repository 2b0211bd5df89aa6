package org.pswcp.framework.catalogue;

import java.util.UUID;

import org.pswcp.kit.id.NameBasedIds;

/**
 * Stable ids of catalogue items: derived from the framework's code, the version's code and the item's code, so the same
 * item has the same id on every machine, after every import and restart.
 */
public final class CatalogueIds {

    /** The platform's namespace for name-based ids; never change it. */
    static final UUID NAMESPACE = UUID.fromString("2f6db2f4-ab36-4297-b88f-55cf9cef2097");

    private CatalogueIds() {
    }

    public static UUID framework(String frameworkCode) {
        return NameBasedIds.v5(NAMESPACE, "framework/" + frameworkCode);
    }

    public static UUID version(String frameworkCode, String versionCode) {
        return NameBasedIds.v5(NAMESPACE, "framework/" + frameworkCode + "/version/" + versionCode);
    }

    /**
     * An item of a version: {@code kind} keeps apart items whose codes look alike (domain "1", section "1").
     *
     * @param kind domain, area, statement, section, unit, role-profile, rating-scale, level
     */
    public static UUID item(String frameworkCode, String versionCode, String kind, String code) {
        return NameBasedIds.v5(NAMESPACE,
                "framework/" + frameworkCode + "/version/" + versionCode + "/" + kind + "/" + code);
    }

    /** A relationship between two items (CASE CFAssociation): the same two items and type give the same id. */
    public static UUID association(String type, UUID origin, UUID destination) {
        return NameBasedIds.v5(NAMESPACE, "association/" + type + "/" + origin + "/" + destination);
    }

    /** A definition shared by every version (CASE item types, concepts, subjects, licences, groupings). */
    public static UUID definition(String kind, String code) {
        return NameBasedIds.v5(NAMESPACE, "definition/" + kind + "/" + code);
    }
}
