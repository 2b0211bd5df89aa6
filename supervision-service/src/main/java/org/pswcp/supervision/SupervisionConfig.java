package org.pswcp.supervision;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;

/** Settings of supervision-service ({@code supervision.*}). */
@ConfigMapping(prefix = "supervision")
public interface SupervisionConfig {

    /**
     * The zone whose calendar says what day it is: an agreement ends at the end of its last day where the trust is, not
     * in UTC.
     */
    ZoneId timeZone();
}
