package org.pswcp.supervision.session;

/** Who a session is for. */
public enum SessionKind {
    /** One supervisor, one supervisee. */
    ONE_TO_ONE,
    /** One supervisor, two or more supervisees together. */
    GROUP
}
