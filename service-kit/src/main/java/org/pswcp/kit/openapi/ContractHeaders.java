package org.pswcp.kit.openapi;

/**
 * Response headers that {@link ContractFilter} declares once in every contract's {@code components/headers}, for
 * resources to name in {@code @Header(name = ..., ref = ...)} where an operation sends one.
 */
public final class ContractHeaders {

    /** Where a created resource can be read: on every 201 that names one. */
    public static final String LOCATION = "#/components/headers/Location";
    /** The file name a download is saved under. */
    public static final String CONTENT_DISPOSITION = "#/components/headers/ContentDisposition";

    private ContractHeaders() {
    }
}
