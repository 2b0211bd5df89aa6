package org.pswcp.supervision;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pswcp.supervision.roster.WorkerUpdated;
import org.pswcp.testkit.EventContracts;

class EventContractTest {

    @Test
    void asyncApiChannelsAreExactlyTheTopicsTheServiceReadsAndWrites() {
        EventContracts.assertChannelsMatch("supervision-service", Set.of(WorkerUpdated.TOPIC));
    }

    @Test
    void everyEventExampleIsValidAgainstItsSchema() {
        EventContracts.assertExamplesValid("supervision-service");
    }
}
