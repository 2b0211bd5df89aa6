package org.pswcp.framework.content;

/** The map's four kinds of domain. */
public enum DomainKind {
    /** Competences every peer support worker needs. */
    CORE,
    /** Skills some roles add (psychological approaches). */
    OPTIONAL,
    /** Meta-competences: judgement in applying the others. */
    META,
    /** What organisations need to support the role. */
    ORGANISATIONAL
}
