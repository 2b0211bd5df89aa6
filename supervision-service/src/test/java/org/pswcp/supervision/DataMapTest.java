package org.pswcp.supervision;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.pswcp.testkit.DataMapRules;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/DATA-PROTECTION.md against this service's migrated databases, its own and the key store: every column mapped, no
 * entry stale.
 */
@QuarkusTest
class DataMapTest extends DataMapRules {

    @Inject
    @io.quarkus.agroal.DataSource("keys")
    AgroalDataSource keyStore;

    DataMapTest() {
        super("supervision-service");
    }

    @Override
    protected List<DataSource> databases() {
        return List.of(dataSource, keyStore);
    }
}
