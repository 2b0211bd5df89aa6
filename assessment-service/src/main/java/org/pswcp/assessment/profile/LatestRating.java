package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.UUID;

/** The rating that stands for a statement: the one of the most recently signed-off assessment that rated it. */
public record LatestRating(String statementCode, int value, UUID assessmentId, Instant assessedAt) {
}
