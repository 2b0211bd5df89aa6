package org.pswcp.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The API metadata every service's contract carries, as the NHS API guidelines ask: the lifecycle status
 * ({@code x-lifecycle}), the deprecation policy ({@code x-deprecation-policy}: Deprecation and Sunset headers) and the
 * intended audience of each server ({@code x-internal}) listed in {@code pswcp.openapi.servers}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractMetadataFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Info info = openAPI.getInfo();
        if (info == null) {
            // At build time the title, version and contact from the configuration are added after the filters.
            info = OASFactory.createInfo();
            openAPI.setInfo(info);
        }
        {
            // Ordered maps: the served document must be the same bytes on every start.
            Map<String, Object> lifecycle = new LinkedHashMap<>();
            lifecycle.put("status", "beta");
            lifecycle.put("description",
                    "In beta: the /v1 contract is stable and changes only by adding; a breaking change gets /v2.");
            info.addExtension("x-lifecycle", lifecycle);
            Map<String, Object> deprecation = new LinkedHashMap<>();
            deprecation.put("description", "A deprecated operation is marked deprecated in this contract and answers"
                    + " with a Deprecation header (RFC 9745) and a Sunset header (RFC 8594) giving the date after which"
                    + " it may be removed, at least six months ahead, with a Link to its replacement.");
            deprecation.put("responseHeaders", List.of("Deprecation", "Sunset", "Link"));
            info.addExtension("x-deprecation-policy", deprecation);
        }
        // Our own key: servers from quarkus.smallrye-openapi.servers would replace these after the filters run.
        ConfigProvider.getConfig().getOptionalValues("pswcp.openapi.servers", String.class)
                .ifPresent(urls -> urls.forEach(url -> openAPI.addServer(OASFactory.createServer().url(url))));
        if (openAPI.getServers() != null) {
            openAPI.getServers().forEach(server -> {
                server.addExtension("x-internal", false);
                if (server.getDescription() == null) {
                    server.setDescription("The local stack (./pswcp up). Deployments serve the same paths over"
                            + " HTTPS behind the trust's ingress.");
                }
            });
        }
    }
}
