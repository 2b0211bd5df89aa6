package org.pswcp.kit.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers paths that no route serves with a problem too, so that "every error is problem+json" holds outside the REST
 * layer as well.
 */
@ApplicationScoped
class NoRouteProblemRoute {

    private final ObjectMapper mapper;

    NoRouteProblemRoute(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.errorHandler(404, this::notFound);
    }

    private void notFound(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        Problem problem = Problem.of(ProblemType.NOT_FOUND, ProblemMapper.detailFor(404), context.request().path(),
                List.of());
        try {
            context.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(404).end();
        }
    }
}
