package org.pswcp.supervision.agreement;

/** How the supervisee and supervisor meet, as they agreed it. */
public enum SupervisionFormat {
    IN_PERSON, VIDEO, PHONE
}
