package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What every container of every overlay must have: probes, resources, a locked-down security context, secrets by
 * reference.
 */
class ContainerRulesTest {

    static final List<String> OVERLAYS = Overlay.NAMES;
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|JAAS|CREDENTIAL|TOKEN|_KEY)$");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasStartupLivenessAndReadinessProbesOnQuarkusHealth(String overlay) {
        var softly = new SoftAssertions();
        forEachContainer(overlay, (deployment, pod, c) -> {
            if (pod.getInitContainers().contains(c)) {
                return; // an init container runs to completion: Kubernetes allows it no probes
            }
            String where = overlay + " " + deployment + "/" + c.getName();
            List<String> ports = c.getPorts().stream().map(p -> p.getName()).toList();
            probe(softly, where + " startupProbe", c.getStartupProbe(), "/q/health/started", ports);
            probe(softly, where + " livenessProbe", c.getLivenessProbe(), "/q/health/live", ports);
            probe(softly, where + " readinessProbe", c.getReadinessProbe(), "/q/health/ready", ports);
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasCpuAndMemoryRequestsAndLimitsWithMemoryRequestEqualToLimit(String overlay) {
        var softly = new SoftAssertions();
        forEachContainer(overlay, (deployment, pod, c) -> {
            String where = overlay + " " + deployment + "/" + c.getName();
            var resources = c.getResources();
            softly.assertThat(resources).as(where + " resources").isNotNull();
            if (resources == null) {
                return;
            }
            softly.assertThat(resources.getRequests()).as(where + " requests").containsKeys("cpu", "memory");
            softly.assertThat(resources.getLimits()).as(where + " limits").containsKeys("cpu", "memory");
            if (resources.getRequests() != null && resources.getLimits() != null) {
                // The JVM sizes its heap from the limit: a pod that may be squeezed below it is OOM-killed instead.
                softly.assertThat(resources.getRequests().get("memory")).as(where + " memory request = limit")
                        .isEqualTo(resources.getLimits().get("memory"));
            }
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRunsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivilegeEscalation(String overlay) {
        var softly = new SoftAssertions();
        forEachContainer(overlay, (deployment, pod, c) -> {
            String where = overlay + " " + deployment + "/" + c.getName();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext())
                    .orElseGet(PodSecurityContext::new);
            SecurityContext context = Optional.ofNullable(c.getSecurityContext()).orElseGet(SecurityContext::new);
            Boolean nonRoot = context.getRunAsNonRoot() != null
                    ? context.getRunAsNonRoot()
                    : podContext.getRunAsNonRoot();
            Long user = context.getRunAsUser() != null ? context.getRunAsUser() : podContext.getRunAsUser();
            softly.assertThat(nonRoot).as(where + " runAsNonRoot").isTrue();
            softly.assertThat(user).as(where + " runAsUser").isNotNull().isNotZero();
            softly.assertThat(context.getReadOnlyRootFilesystem()).as(where + " readOnlyRootFilesystem").isTrue();
            softly.assertThat(context.getAllowPrivilegeEscalation()).as(where + " allowPrivilegeEscalation").isFalse();
            softly.assertThat(context.getPrivileged()).as(where + " privileged").isNotEqualTo(Boolean.TRUE);
            softly.assertThat(
                    context.getCapabilities() == null ? List.<String> of() : context.getCapabilities().getDrop())
                    .as(where + " capabilities dropped").contains("ALL");
            softly.assertThat(context.getCapabilities() == null ? null : context.getCapabilities().getAdd())
                    .as(where + " capabilities added").isNullOrEmpty();
            var seccomp = context.getSeccompProfile() != null
                    ? context.getSeccompProfile()
                    : podContext.getSeccompProfile();
            softly.assertThat(seccomp == null ? null : seccomp.getType()).as(where + " seccompProfile")
                    .isEqualTo("RuntimeDefault");
            softly.assertThat(pod.getVolumes()).as(where + " volumes").allSatisfy(v -> assertThat(
                    v.getEmptyDir() != null || v.getSecret() != null || v.getConfigMap() != null)
                    .as("volume %s is an emptyDir, secret or configMap", v.getName()).isTrue());
            softly.assertThat(pod.getHostNetwork()).as(where + " hostNetwork").isNotEqualTo(Boolean.TRUE);
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void secretsReachContainersOnlyByReference(String overlay) {
        var softly = new SoftAssertions();
        forEachContainer(overlay, (deployment, pod, c) -> {
            String where = overlay + " " + deployment + "/" + c.getName();
            for (EnvVar env : c.getEnv()) {
                if (SECRET_LIKE.matcher(env.getName()).matches()) {
                    softly.assertThat(env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef())
                            .as(where + " " + env.getName() + " comes from a secretKeyRef").isNotNull();
                }
            }
            softly.assertThat(c.getEnvFrom()).as(where + " envFrom").allSatisfy(
                    e -> assertThat(e.getSecretRef()).as("envFrom a whole secret (its keys cannot be checked)")
                            .isNull());
            for (var from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    var data = Overlay.of(overlay).configMap(from.getConfigMapRef().getName()).getData();
                    softly.assertThat(data.keySet()).as(where + " ConfigMap " + from.getConfigMapRef().getName())
                            .noneMatch(k -> SECRET_LIKE.matcher(k).matches());
                }
            }
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyImageHasAnExplicitTagOtherThanLatest(String overlay) {
        var softly = new SoftAssertions();
        forEachContainer(overlay, (deployment, pod, c) -> softly.assertThat(c.getImage())
                .as(overlay + " " + deployment + " image").matches(".+/[^/:]+:(?!latest$)[\\w][\\w.-]*"));
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theOnlySecretAnOverlayCreatesIsTheDemoClientsOfDev(String overlay) {
        List<String> secrets = Overlay.of(overlay).all(Secret.class).stream().map(s -> s.getMetadata().getName())
                .toList();

        assertThat(secrets).isEqualTo("dev".equals(overlay) ? List.of(RealmImports.DEMO_CLIENT_SECRETS) : List.of());
    }

    private static void probe(SoftAssertions softly, String where, Probe probe, String path, List<String> ports) {
        softly.assertThat(probe).as(where).isNotNull();
        if (probe == null) {
            return;
        }
        softly.assertThat(probe.getHttpGet()).as(where + " httpGet").isNotNull();
        if (probe.getHttpGet() != null) {
            softly.assertThat(probe.getHttpGet().getPath()).as(where + " path").isEqualTo(path);
            softly.assertThat(probe.getHttpGet().getPort().getStrVal()).as(where + " port (a named container port)")
                    .isIn(ports);
        }
    }

    interface ContainerCheck {

        void check(String deployment, PodSpec pod, Container container);
    }

    static void forEachContainer(String overlay, ContainerCheck check) {
        List<Deployment> deployments = Overlay.of(overlay).all(Deployment.class);
        assertThat(deployments).isNotEmpty();
        for (Deployment d : deployments) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (Container c : pod.getInitContainers()) {
                check.check(d.getMetadata().getName(), pod, c);
            }
            for (Container c : pod.getContainers()) {
                check.check(d.getMetadata().getName(), pod, c);
            }
        }
    }
}
