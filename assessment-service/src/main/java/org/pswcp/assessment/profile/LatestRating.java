package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.UUID;

/**
 * The rating that stands for a statement, or for an area rated as a whole ({@code code} is the statement's or the
 * area's): the one of the most recently signed-off assessment that rated it.
 */
public record LatestRating(String code, int value, UUID assessmentId, Instant assessedAt) {
}
