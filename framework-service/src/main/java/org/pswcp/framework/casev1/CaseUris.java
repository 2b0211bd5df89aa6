package org.pswcp.framework.casev1;

/**
 * Every CASE {@code uri}: the configured base URL, the API's path, the collection and the identifier.
 *
 * @param base the base URL without a trailing slash
 */
record CaseUris(String base) {

    static final String PATH = "/ims/case/v1p0";

    String of(String collection, String identifier) {
        return base + PATH + "/" + collection + "/" + identifier;
    }
}
