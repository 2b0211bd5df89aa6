package org.pswcp.framework.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pswcp.catalogue")
public interface CatalogueConfig {

    /** Whether the framework's own versions (shipped in frameworks/*.json) are imported and published at start. */
    @WithDefault("true")
    boolean loadBundledFrameworks();
}
