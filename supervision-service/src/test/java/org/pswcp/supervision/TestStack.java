package org.pswcp.supervision;

import org.pswcp.testkit.KafkaBrokerResource;
import org.pswcp.testkit.OidcServerResource;
import org.pswcp.testkit.PostgresDatabaseResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real parts every test of this module runs against: PostgreSQL, a Kafka broker, and the OIDC server. */
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "pswcp_test_supervision"),
                @ResourceArg(name = "datasource.keys", value = "pswcp_test_supervision_keys")})
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcServerResource.class, scope = TestResourceScope.GLOBAL)
public final class TestStack {

    private TestStack() {
    }
}
