package org.pswcp.assessment.assessment;

/** DRAFT → SUBMITTED → SIGNED_OFF, or RETURNED with a reason and submitted again. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, SIGNED_OFF
}
