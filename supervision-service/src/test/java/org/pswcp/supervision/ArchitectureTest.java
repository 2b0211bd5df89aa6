package org.pswcp.supervision;

import org.pswcp.testkit.ArchitectureRules;

/** The rules of test-kit's Architecture, on this module's main code. */
class ArchitectureTest extends ArchitectureRules {

    ArchitectureTest() {
        super("org.pswcp.supervision");
    }
}
