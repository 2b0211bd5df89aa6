package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The images are built by Quarkus with Jib, configured in the images profile of pom.xml (./pswcp images builds them and
 * proves they start). That profile is the one place that says how a service runs in a container; these tests hold the
 * Deployments to it: the image names the overlays deploy, the user, the heap, the only writable path.
 */
class ImagesTest {

    private static final Map<String, String> IMAGES = Pom.root().profileProperties("images");
    private static final String VERSION = Pom.root().version();

    @Test
    void theOverlaysDeployTheImagesTheBuildNames() {
        String registry = IMAGES.get("quarkus.container-image.registry");
        String group = IMAGES.get("quarkus.container-image.group");
        assertThat(registry).isNotBlank();
        assertThat(group).isNotBlank();
        // prod deploys the release the version becomes; dev deploys what the build of this commit names.
        var tags = Map.of("dev", VERSION, "prod", VERSION.replace("-SNAPSHOT", ""));
        for (String service : Repo.SERVICES) {
            // Quarkus names the image after the application (quarkus.container-image.name's default).
            String name = Repo.applicationProperties(service).getProperty("quarkus.application.name");
            assertThat(name).as(service + "'s quarkus.application.name").isEqualTo(service);
            assertThat(Pom.of(service).properties()).as(service + " ships as an image")
                    .containsEntry("pswcp.image.skip", "false");
            assertThat(Pom.of(service).dependencies()).as(service)
                    .contains("io.quarkus:quarkus-container-image-jib");
            assertThat(Repo.read("deploy/base/" + service + "/deployment.yaml"))
                    .contains("image: " + group + "/" + name + "\n");
            for (String overlay : Overlay.NAMES) {
                assertThat(Overlay.of(overlay).container(service).getImage()).as(overlay + " " + service)
                        .isEqualTo(registry + "/" + group + "/" + name + ":" + tags.get(overlay));
            }
        }
    }

    @Test
    void theImageRunsAsTheNonRootUserOfTheDeployments() {
        String[] user = IMAGES.get("quarkus.jib.user").split(":");
        assertThat(user).hasSize(2);
        assertThat(Long.parseLong(user[0])).isPositive();
        for (String overlay : Overlay.NAMES) {
            for (String service : Repo.SERVICES) {
                var pod = Overlay.of(overlay).deployment(service).getSpec().getTemplate().getSpec();
                assertThat(pod.getSecurityContext().getRunAsUser()).as(overlay + " " + service)
                        .isEqualTo(Long.parseLong(user[0]));
                assertThat(pod.getSecurityContext().getRunAsGroup()).as(overlay + " " + service)
                        .isEqualTo(Long.parseLong(user[1]));
            }
        }
    }

    @Test
    void theHeapIsSizedFromTheContainerLimitAndTheJvmWritesOnlyToTheMountedTmp() {
        List<String> jvm = Arrays.asList(IMAGES.get("quarkus.jib.jvm-additional-arguments").split(","));
        assertThat(jvm).anyMatch(a -> a.matches("-XX:MaxRAMPercentage=\\d+"))
                .contains("-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp")
                .noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-Xms"));
        for (String overlay : Overlay.NAMES) {
            for (String service : Repo.SERVICES) {
                var container = Overlay.of(overlay).container(service);
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(overlay + " " + service)
                        .isTrue();
                assertThat(container.getVolumeMounts()).as(overlay + " " + service)
                        .anyMatch(m -> m.getMountPath().equals("/tmp") && !Boolean.TRUE.equals(m.getReadOnly()));
                // The heap is a share of the limit: without one, it would be a share of the node's memory.
                assertThat(container.getResources().getLimits()).as(overlay + " " + service).containsKey("memory");
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameImage() {
        assertThat(IMAGES).containsEntry("quarkus.jib.use-current-timestamp", "false")
                .containsEntry("quarkus.jib.use-current-timestamp-file-modification", "false");
        // Jars whose entries carry the build's time would differ from build to build, and so would the image.
        assertThat(Pom.root().properties()).containsKey("project.build.outputTimestamp");
        assertThat(Repo.read("deploy/images/build-base")).contains("export SOURCE_DATE_EPOCH=");
    }

    @Test
    void theDefaultBuildBuildsNoImage() {
        assertThat(Pom.root().properties()).doesNotContainKey("quarkus.container-image.build");
        for (String service : Repo.SERVICES) {
            assertThat(Pom.of(service).properties()).doesNotContainKey("quarkus.container-image.build");
            assertThat(Repo.applicationProperties(service)).doesNotContainKey("quarkus.container-image.build");
        }
        assertThat(IMAGES).containsEntry("quarkus.container-image.build", "true");
    }
}
