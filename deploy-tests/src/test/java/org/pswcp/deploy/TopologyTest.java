package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** dev is one replica of each service; prod is highly available, scaled, spread and fenced. */
class TopologyTest {

    /** What a service may call: DNS, PostgreSQL, Kafka's TLS listener, Keycloak over HTTP inside the cluster. */
    private static final Set<Integer> EGRESS_PORTS = Set.of(53, 5432, 9093, 8080);

    @Test
    void devRunsOneReplicaOfEachService() {
        assertThat(Overlay.dev().all(Deployment.class)).allSatisfy(
                d -> assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName()).isEqualTo(1));
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEachServiceSpreadOverNodesAndZones() {
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            Deployment d = Overlay.prod().deployment(service);
            softly.assertThat(d.getSpec().getReplicas()).as(service + " replicas").isGreaterThanOrEqualTo(2);
            var spread = d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            softly.assertThat(spread).as(service + " topology spread keys")
                    .extracting(c -> c.getTopologyKey())
                    .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
            softly.assertThat(spread).as(service + " spread selects its own pods").allSatisfy(c -> {
                assertThat(selects(c.getLabelSelector(), podLabels(d))).isTrue();
                assertThat(c.getMatchLabelKeys()).contains("app.kubernetes.io/name");
            });
        }
        softly.assertAll();
    }

    @Test
    void prodHasAPodDisruptionBudgetForEveryService() {
        List<PodDisruptionBudget> budgets = Overlay.prod().all(PodDisruptionBudget.class);
        for (String service : Repo.SERVICES) {
            Deployment d = Overlay.prod().deployment(service);
            assertThat(budgets).as(service).anySatisfy(b -> {
                assertThat(selects(b.getSpec().getSelector(), podLabels(d))).isTrue();
                int replicas = d.getSpec().getReplicas();
                int allowed = b.getSpec().getMaxUnavailable() != null
                        ? b.getSpec().getMaxUnavailable().getIntVal()
                        : replicas - b.getSpec().getMinAvailable().getIntVal();
                assertThat(allowed).as("pods it lets go at once").isBetween(1, replicas - 1);
            });
        }
    }

    @Test
    void prodHasAHorizontalPodAutoscalerForEveryService() {
        List<HorizontalPodAutoscaler> autoscalers = Overlay.prod().all(HorizontalPodAutoscaler.class);
        for (String service : Repo.SERVICES) {
            assertThat(autoscalers).as(service).anySatisfy(h -> {
                assertThat(h.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
                assertThat(h.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
                assertThat(h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
                assertThat(h.getSpec().getMaxReplicas()).isGreaterThan(h.getSpec().getMinReplicas());
                assertThat(h.getSpec().getMetrics()).isNotEmpty();
            });
        }
    }

    @Test
    void prodLetsEachServiceTalkOnlyToWhatItNeeds() {
        List<NetworkPolicy> policies = Overlay.prod().all(NetworkPolicy.class);
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            Deployment d = Overlay.prod().deployment(service);
            List<NetworkPolicy> own = policies.stream().filter(p -> selects(p.getSpec().getPodSelector(), podLabels(d)))
                    .toList();
            softly.assertThat(own).as(service + " NetworkPolicies").hasSize(1);
            if (own.size() != 1) {
                continue;
            }
            var spec = own.get(0).getSpec();
            softly.assertThat(spec.getPolicyTypes()).as(service + " policy types").containsExactlyInAnyOrder("Ingress",
                    "Egress");
            for (NetworkPolicyEgressRule rule : spec.getEgress()) {
                softly.assertThat(rule.getPorts()).as(service + " egress rule without ports: open to all").isNotEmpty();
                softly.assertThat(rule.getPorts()).as(service + " egress ports").allSatisfy(
                        p -> assertThat(p.getPort().getIntVal()).isIn(EGRESS_PORTS));
                if (rule.getTo().isEmpty()) {
                    // The one rule without a destination: the databases (supervision-service's key store too),
                    // wherever ops run them (deploy/README.md).
                    softly.assertThat(rule.getPorts()).as(service + " egress to anywhere")
                            .allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(5432));
                }
            }
            int port = d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getContainerPort();
            for (var rule : spec.getIngress()) {
                softly.assertThat(rule.getPorts()).as(service + " ingress ports")
                        .allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(port));
                softly.assertThat(rule.getFrom()).as(service + " ingress sources").isNotEmpty()
                        .allSatisfy(peer -> assertThat(fromAnotherService(peer)).isFalse());
            }
        }
        softly.assertAll();
    }

    /** The services talk only through Kafka: no policy lets one service's pods call another's. */
    private static boolean fromAnotherService(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                && Repo.SERVICES.stream().anyMatch(s -> selects(peer.getPodSelector(),
                        Map.of("app.kubernetes.io/name", s, "app.kubernetes.io/part-of", "pswcp")));
    }

    private static Map<String, String> podLabels(Deployment d) {
        return d.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** Whether the selector (matchLabels and matchExpressions) selects pods with these labels. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean matchLabels = selector.getMatchLabels() == null
                || selector.getMatchLabels().entrySet().stream()
                        .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        boolean expressions = selector.getMatchExpressions() == null || selector.getMatchExpressions().stream()
                .allMatch(e -> switch (e.getOperator()) {
                    case "In" -> e.getValues().contains(labels.get(e.getKey()));
                    case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
                    case "Exists" -> labels.containsKey(e.getKey());
                    case "DoesNotExist" -> !labels.containsKey(e.getKey());
                    default -> false;
                });
        return matchLabels && expressions;
    }
}
