package org.pswcp.kit.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters as PostgreSQL can compare them: one with the NUL character (U+0000) is a 400 naming it,
 * before any query runs. (Bodies: the kit's JSON reading refuses it per field.)
 */
public class ParameterText {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        for (Map<String, List<String>> parameters : List.of(request.getUriInfo().getPathParameters(),
                request.getUriInfo().getQueryParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                if (parameter.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                    throw new InvalidParameterException(new FieldError(parameter.getKey(),
                            "must not contain the NUL character (U+0000)"));
                }
            }
        }
    }
}
