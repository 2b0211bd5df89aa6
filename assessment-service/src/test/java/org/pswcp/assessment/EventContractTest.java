package org.pswcp.assessment;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.EventContracts;

class EventContractTest {

    @Test
    void asyncApiChannelsAreExactlyTheTopicsTheServiceReadsAndWrites() {
        EventContracts.assertChannelsMatch("assessment-service", Set.of(Events.ASSESSMENT_TOPIC));
    }

    @Test
    void everyEventExampleIsValidAgainstItsSchema() {
        EventContracts.assertExamplesValid("assessment-service");
    }
}
