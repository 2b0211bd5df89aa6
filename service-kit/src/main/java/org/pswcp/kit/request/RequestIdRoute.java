package org.pswcp.kit.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Accepts or creates {@code X-Request-ID} and {@code X-Correlation-ID} before anything else handles the request, so
 * that every response (REST, health, metrics, errors) echoes them and every log line of the request carries them.
 */
@ApplicationScoped
class RequestIdRoute {

    /** Runs before Quarkus' own routes (security, REST), which start at higher orders. */
    static final int ORDER = Integer.MIN_VALUE + 10;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.REQUEST_ID_HEADER));
        String suppliedCorrelation = context.request().getHeader(RequestIds.CORRELATION_ID_HEADER);
        // A request without a correlation id starts a conversation: its own id names it.
        String correlationId = RequestIds.isAcceptable(suppliedCorrelation) ? suppliedCorrelation : requestId;
        RequestIds.bind(requestId, correlationId);
        context.response()
                .putHeader(RequestIds.REQUEST_ID_HEADER, requestId)
                .putHeader(RequestIds.CORRELATION_ID_HEADER, correlationId);
        context.next();
    }
}
