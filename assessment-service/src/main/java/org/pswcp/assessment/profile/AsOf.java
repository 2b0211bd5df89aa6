package org.pswcp.assessment.profile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment a profile or plan stands at: the end of a day in the organisation's calendar ({@code before} is the first
 * instant after it), or now when {@code day} is null. Signed-off assessments are never changed, so what stood then is
 * what had been signed off by then.
 */
record AsOf(LocalDate day, Instant before) {

    static final AsOf NOW = new AsOf(null, null);
}
