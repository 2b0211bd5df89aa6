package org.pswcp.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the service under test at the {@link KafkaBroker} of this JVM. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.start());
    }

    @Override
    public void stop() {
        // The broker outlives one application start: the next test class of this module reuses it.
    }
}
