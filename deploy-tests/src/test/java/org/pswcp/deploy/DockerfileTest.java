package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The image cannot be built here (no container engine), so its promises are checked in the file: a Java 21 runtime, a
 * numeric non-root user that the Deployments also run as, and a heap sized from the container's limit.
 */
class DockerfileTest {

    private static final String DOCKERFILE = Repo.read("deploy/images/Dockerfile.jvm");

    @Test
    void theImageRunsAJava21RuntimeAsTheNonRootUserTheDeploymentsExpect() {
        Matcher user = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?$").matcher(DOCKERFILE);

        assertThat(DOCKERFILE).containsPattern("(?m)^FROM eclipse-temurin:21-jre[\\w.-]*$");
        assertThat(user.find()).as("a numeric USER").isTrue();
        assertThat(Long.parseLong(user.group(1))).isPositive();
        for (String overlay : Overlay.NAMES) {
            for (String service : Repo.SERVICES) {
                var pod = Overlay.of(overlay).deployment(service).getSpec().getTemplate().getSpec();
                assertThat(pod.getSecurityContext().getRunAsUser()).as(overlay + " " + service)
                        .isEqualTo(Long.parseLong(user.group(1)));
            }
        }
    }

    @Test
    void theHeapIsSizedFromTheContainerLimitAndRunsTheFastJar() {
        assertThat(DOCKERFILE).containsPattern("-XX:MaxRAMPercentage=\\d+")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .doesNotContainPattern("-Xmx\\d")
                .contains("quarkus-run.jar");
    }
}
