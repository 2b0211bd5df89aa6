package org.pswcp.supervision;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.EventContracts;

class EventContractTest {

    @Test
    void asyncApiChannelsAreExactlyTheTopicsTheServiceReadsAndWrites() {
        EventContracts.assertChannelsMatch("supervision-service", Set.of(Events.TOPIC));
    }

    @Test
    void everyEventExampleIsValidAgainstItsSchema() {
        EventContracts.assertExamplesValid("supervision-service");
    }
}
