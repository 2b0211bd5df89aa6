package org.pswcp.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** An overlay of deploy/overlays, rendered once per test run by kubectl kustomize. */
record Overlay(String name, List<JsonNode> documents) {

    static final List<String> NAMES = List.of("dev", "prod");
    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

    static Overlay of(String name) {
        RealmImports.updateIfAsked();
        return RENDERED.computeIfAbsent(name, n -> new Overlay(n,
                StrictModel.documents(Kubectl.fromEnvironment().kustomize(Repo.path("deploy/overlays/" + n)))));
    }

    static Overlay dev() {
        return of("dev");
    }

    static Overlay prod() {
        return of("prod");
    }

    /** Every rendered object of the kind, as its typed model. */
    <T> List<T> all(Class<T> type) {
        return documents.stream().map(StrictModel::parse).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(
                () -> new AssertionError(this.name + " renders no " + type.getSimpleName() + " named " + name));
    }

    Deployment deployment(String service) {
        return get(Deployment.class, service);
    }

    /** The service's own container (named after the service). */
    Container container(String service) {
        return deployment(service).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> service.equals(c.getName())).findFirst()
                .orElseThrow(
                        () -> new AssertionError(name + ": Deployment " + service + " has no container " + service));
    }

    ConfigMap configMap(String name) {
        return get(ConfigMap.class, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
