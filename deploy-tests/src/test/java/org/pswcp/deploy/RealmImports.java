package org.pswcp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Makes the Kubernetes realm imports from the one realm file, deploy/keycloak/pswcp-realm.json, which the local stack
 * imports as it is. kustomize cannot embed a JSON file in a custom resource, so the imports are generated and
 * committed; RealmImportTest fails when they drift from the file, and {@code -Ddeploy.update=true} rewrites them.
 * <ul>
 * <li>base (and so prod): the realm's structure: roles, client scopes and their claim mappers, the user profile, token
 * settings. No users, no clients: a trust's HR system client is added for that trust, with its secret from a Secret.
 * The user profile's closed list of (demo) organisations gives way to its ODS code pattern alone.
 * <li>dev: a patch that adds back what the local demo has: its users, its clients (the HR systems' secrets as
 * placeholders, filled from a Secret by the operator), the two fictional trusts and the user profile that lists them.
 * </ul>
 */
final class RealmImports {

    static final String REALM_FILE = "deploy/keycloak/pswcp-realm.json";
    static final String BASE_FILE = "deploy/base/platform/keycloak/realm-import.yaml";
    static final String DEV_PATCH_FILE = "deploy/overlays/dev/realm-demo.yaml";
    static final String NAME = "pswcp-realm";
    /** The Keycloak CR that the ops team runs, in the same namespace (the operator's rule for realm imports). */
    static final String KEYCLOAK_CR = "pswcp-keycloak";
    static final String DEMO_CLIENT_SECRETS = "pswcp-demo-clients";
    /** The two fictional trusts of the demo realm (deploy/local/README.md). */
    static final Set<String> DEMO_ORGANISATIONS = Set.of("R9A", "R9B");
    static final String DISPLAY_NAME = "PSW Competence Platform";

    private static final String HEADER = """
            # Generated from %s by deploy-tests (RealmImports): do not edit.
            # After changing the realm file: ./mvnw verify -pl deploy-tests -Ddeploy.update=true
            """;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_PROFILE = "kc.user.profile.config";

    private RealmImports() {
    }

    static ObjectNode realm() {
        try {
            return (ObjectNode) JSON.readTree(Repo.read(REALM_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With {@code -Ddeploy.update=true}: rewrites the generated files, before any overlay is rendered from them. */
    static void updateIfAsked() {
        if (Boolean.getBoolean("deploy.update")) {
            try {
                Files.writeString(Repo.path(BASE_FILE), base());
                Files.writeString(Repo.path(DEV_PATCH_FILE), devPatch());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The placeholder that stands for a client's secret in the realm import, e.g. PSWCP_CLIENT_SECRET_HR_SYSTEM_R9A.
     */
    static String placeholder(String clientId) {
        return "PSWCP_CLIENT_SECRET_" + clientId.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** The KeycloakRealmImport of the base: the realm without its demo users, clients and trusts. */
    static String base() {
        ObjectNode realm = realm();
        realm.remove("users");
        realm.remove("clients");
        realm.put("displayName", DISPLAY_NAME);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        DEMO_ORGANISATIONS.forEach(code -> attributes.remove("pswcp.organisation." + code));
        withoutOrganisationChoices(realm);
        ObjectNode kri = header();
        ObjectNode spec = kri.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        spec.set("realm", realm);
        return yaml(kri);
    }

    /** The dev overlay's patch of that import: the demo's users, clients (secrets as placeholders) and trusts. */
    static String devPatch() {
        ObjectNode source = realm();
        ObjectNode kri = header();
        ObjectNode spec = kri.putObject("spec");
        ObjectNode realm = spec.putObject("realm");
        realm.set("displayName", source.get("displayName"));
        realm.set("attributes", source.get("attributes"));
        ArrayNode clients = source.get("clients").deepCopy();
        ObjectNode placeholders = NODES.objectNode();
        for (JsonNode client : clients) {
            if (client.hasNonNull("secret")) {
                String clientId = client.get("clientId").asText();
                ((ObjectNode) client).put("secret", "${" + placeholder(clientId) + "}");
                placeholders.putObject(placeholder(clientId)).putObject("secret")
                        .put("name", DEMO_CLIENT_SECRETS).put("key", clientId);
            }
        }
        realm.set("clients", clients);
        realm.set("users", source.get("users"));
        realm.set("components", source.get("components"));
        spec.set("placeholders", placeholders);
        return yaml(kri);
    }

    /**
     * The user profile offers the demo's organisations as a closed list; a real deployment keeps only the ODS code
     * pattern, since every trust has its own code.
     */
    private static void withoutOrganisationChoices(ObjectNode realm) {
        JsonNode provider = realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config");
        ArrayNode config = (ArrayNode) provider.get(USER_PROFILE);
        try {
            ObjectNode profile = (ObjectNode) JSON.readTree(config.get(0).asText());
            for (JsonNode attribute : profile.get("attributes")) {
                if ("organisation".equals(attribute.path("name").asText())) {
                    ((ObjectNode) attribute.get("validations")).remove("options");
                    ObjectNode annotations = (ObjectNode) attribute.get("annotations");
                    annotations.remove(List.of("inputType", "inputOptionLabels"));
                    if (annotations.isEmpty()) {
                        ((ObjectNode) attribute).remove("annotations");
                    }
                }
            }
            config.set(0, JSON.writeValueAsString(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode header() {
        ObjectNode kri = NODES.objectNode();
        kri.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        kri.put("kind", "KeycloakRealmImport");
        kri.putObject("metadata").put("name", NAME);
        return kri;
    }

    private static String yaml(JsonNode node) {
        try {
            return HEADER.formatted(REALM_FILE) + YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
