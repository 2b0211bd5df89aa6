package org.pswcp.deploy;

import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} (k8s.keycloak.org/v2alpha1). The operator's own classes are not
 * published to Maven Central, so this mirrors its spec (keycloakCRName, realm, resources, placeholders, labels: the
 * operator's KeycloakRealmImportSpec of Keycloak 26); the realm itself is Keycloak's own RealmRepresentation.
 */
record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    record Spec(String keycloakCRName, RealmRepresentation realm, ResourceRequirements resources,
            Map<String, Placeholder> placeholders, Map<String, String> labels) {
    }

    /** An environment variable of the import job, from a secret, that fills {@code ${NAME}} in the realm. */
    record Placeholder(SecretKeySelector secret) {
    }
}
