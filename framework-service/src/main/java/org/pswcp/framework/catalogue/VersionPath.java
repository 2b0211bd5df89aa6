package org.pswcp.framework.catalogue;

import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The version a read is about, from the path {@code /v1/frameworks/{frameworkCode}/versions/{versionCode}}. */
public class VersionPath {

    @PathParam("frameworkCode")
    @Parameter(example = "mh-psw")
    String frameworkCode;

    @PathParam("versionCode")
    @Parameter(example = "2020-10")
    String versionCode;

    public String frameworkCode() {
        return frameworkCode;
    }

    public String versionCode() {
        return versionCode;
    }
}
