package org.pswcp.supervision;

import org.pswcp.testkit.DataMapRules;

import io.quarkus.test.junit.QuarkusTest;

/** docs/DATA-PROTECTION.md against this service's migrated database: every column mapped, no entry stale. */
@QuarkusTest
class DataMapTest extends DataMapRules {

    DataMapTest() {
        super("supervision-service");
    }
}
