package org.pswcp.framework.content;

/** A sub-heading groups statements; a statement is a competence (high-level, or one that makes its parent concrete). */
public enum StatementKind {
    HEADING, STATEMENT
}
