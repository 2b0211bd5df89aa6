package org.pswcp.framework;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pswcp.framework.catalogue.FrameworkEvents;
import org.pswcp.testkit.EventContracts;

class EventContractTest {

    @Test
    void asyncApiChannelsAreExactlyTheTopicsTheServiceReadsAndWrites() {
        EventContracts.assertChannelsMatch("framework-service", Set.of(FrameworkEvents.TOPIC));
    }

    @Test
    void everyEventExampleIsValidAgainstItsSchema() {
        EventContracts.assertExamplesValid("framework-service");
    }
}
