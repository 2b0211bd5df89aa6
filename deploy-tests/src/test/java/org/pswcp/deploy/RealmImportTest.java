package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Secret;

/**
 * The realm imports are the realm file, minus the demo in prod: checked against the file on every build (see
 * RealmImports for how they are made and rewritten).
 */
class RealmImportTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(PSWCP_[A-Z0-9_]+)}");

    @Test
    void theCommittedRealmImportIsGeneratedFromTheRealmFile() throws IOException {
        assertGenerated(RealmImports.BASE_FILE, RealmImports.base());
    }

    @Test
    void theCommittedDevRealmPatchIsGeneratedFromTheRealmFile() throws IOException {
        assertGenerated(RealmImports.DEV_PATCH_FILE, RealmImports.devPatch());
    }

    @Test
    void devImportsTheLocalStacksRealmOnceItsPlaceholdersAreFilledFromTheDemoSecret() throws IOException {
        JsonNode realmImport = realmImport(Overlay.dev());
        Secret secret = Overlay.dev().get(Secret.class, RealmImports.DEMO_CLIENT_SECRETS);
        Map<String, String> data = secret.getData();
        String realm = new ObjectMapper().writeValueAsString(realmImport.at("/spec/realm"));
        Matcher m = PLACEHOLDER.matcher(realm);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            JsonNode ref = realmImport.at("/spec/placeholders/" + m.group(1) + "/secret");
            assertThat(ref.path("name").asText()).as("secret of placeholder " + m.group(1))
                    .isEqualTo(RealmImports.DEMO_CLIENT_SECRETS);
            String value = data.get(ref.path("key").asText());
            assertThat(value).as("key %s of the demo secret", ref.path("key").asText()).isNotNull();
            m.appendReplacement(filled, Matcher.quoteReplacement(
                    new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        }
        m.appendTail(filled);

        assertThat(new ObjectMapper().readTree(filled.toString())).isEqualTo(RealmImports.realm());
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo(RealmImports.KEYCLOAK_CR);
    }

    @Test
    void prodImportsTheRealmsStructureWithoutDemoUsersClientsOrSecrets() {
        JsonNode realmImport = realmImport(Overlay.prod());
        JsonNode realm = realmImport.at("/spec/realm");
        String rendered = String.join("\n", Overlay.prod().documents().stream().map(JsonNode::toString).toList());

        assertThat(realm.has("users")).isFalse();
        assertThat(realm.has("clients")).isFalse();
        assertThat(realm.path("realm").asText()).isEqualTo("pswcp");
        assertThat(realm.path("roles").path("realm").size()).isEqualTo(8);
        assertThat(realm.path("clientScopes").toString()).contains("pswcp-api", "organisation", "worker_id");
        assertThat(rendered).doesNotContain("local-secret", "\"credentials\"", "alex.psw", "Demo Mental Health");
        assertThat(realmImport.has("spec") && realmImport.get("spec").has("placeholders")).isFalse();
    }

    private static JsonNode realmImport(Overlay overlay) {
        List<JsonNode> imports = overlay.documents().stream()
                .filter(d -> "KeycloakRealmImport".equals(d.path("kind").asText())).toList();
        assertThat(imports).as(overlay + " realm imports").hasSize(1);
        return imports.get(0);
    }

    private static void assertGenerated(String file, String generated) throws IOException {
        RealmImports.updateIfAsked();
        assertThat(Files.exists(Repo.path(file))).as(file + " exists (generate it with -Ddeploy.update=true)").isTrue();
        assertThat(Repo.read(file)).as(file + " differs from what " + RealmImports.REALM_FILE
                + " gives: ./mvnw verify -pl deploy-tests -Ddeploy.update=true rewrites it").isEqualTo(generated);
    }
}
