package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * A release rolls out without a gap (deploy/RUNBOOK.md, "Upgrade"; ./pswcp upgrade-test plays it locally): one new pod
 * at a time beside the old ones, an old one ending only once the new one is ready, and a pod that ends leaves the
 * Service before it stops and finishes what it has begun within its grace period.
 */
class RollingUpdateTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceRollsOnePodAtATimeWithoutLosingCapacity(String overlay) {
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            var strategy = Overlay.of(overlay).deployment(service).getSpec().getStrategy();
            softly.assertThat(strategy.getType()).as("%s %s strategy", overlay, service).isEqualTo("RollingUpdate");
            var rolling = strategy.getRollingUpdate();
            softly.assertThat(rolling).as("%s %s rollingUpdate", overlay, service).isNotNull();
            if (rolling != null) {
                softly.assertThat(rolling.getMaxUnavailable()).as("%s %s maxUnavailable", overlay, service)
                        .isEqualTo(new IntOrString(0));
                softly.assertThat(rolling.getMaxSurge()).as("%s %s maxSurge", overlay, service)
                        .isEqualTo(new IntOrString(1));
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServicePausesBeforeSigtermAndHasTimeToFinishItsRequests(String overlay) {
        long shutdownTimeout = Duration.parse("PT" + Repo.kitProperties().getProperty("quarkus.shutdown.timeout")
                .toUpperCase()).toSeconds();
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            Deployment deployment = Overlay.of(overlay).deployment(service);
            var container = Overlay.of(overlay).container(service);
            var lifecycle = container.getLifecycle();
            softly.assertThat(lifecycle).as("%s %s lifecycle (preStop)", overlay, service).isNotNull();
            if (lifecycle == null || lifecycle.getPreStop() == null || lifecycle.getPreStop().getExec() == null) {
                softly.fail("%s %s: no preStop exec hook (sleep)", overlay, service);
                continue;
            }
            List<String> command = lifecycle.getPreStop().getExec().getCommand();
            softly.assertThat(command).as("%s %s preStop", overlay, service).hasSize(2).startsWith("sleep");
            if (command.size() != 2) {
                continue;
            }
            long pause = Long.parseLong(command.get(1));
            softly.assertThat(pause).as("%s %s preStop pause, seconds", overlay, service).isBetween(3L, 15L);
            Long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            // The grace period counts from the start of preStop: pause, then the requests begun, then stopping.
            softly.assertThat(grace).as("%s %s terminationGracePeriodSeconds", overlay, service).isNotNull()
                    .isGreaterThanOrEqualTo(pause + shutdownTimeout + 5);
        }
        softly.assertAll();
    }

    @Test
    void theKitFinishesRequestsItHasBegunWhenItStops() {
        assertThat(Repo.kitProperties().getProperty("quarkus.shutdown.timeout")).as("quarkus.shutdown.timeout")
                .isNotBlank();
    }
}
