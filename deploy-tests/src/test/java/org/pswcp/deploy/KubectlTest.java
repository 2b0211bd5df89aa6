package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without kubectl the tests fail and say what is missing; they never skip. */
class KubectlTest {

    @Test
    void aMissingKubectlFailsWithAMessageThatSaysSo() {
        assertThatThrownBy(
                () -> new Kubectl("kubectl-that-is-not-installed").kustomize(Repo.path("deploy/overlays/dev")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kubectl is missing")
                .hasMessageContaining("on the PATH");
    }

    @Test
    void aBrokenOverlayFailsWithKustomizesMessage() {
        assertThatThrownBy(() -> Kubectl.fromEnvironment().kustomize(Repo.path("deploy/no-such-overlay")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kubectl kustomize");
    }
}
