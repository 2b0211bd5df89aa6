package org.pswcp.kit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.UnprocessableException;
import org.pswcp.kit.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link Idempotent}. The key is claimed, the action done and its response stored in one transaction, so a
 * crash in between leaves no key without its creation, and no creation without its key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
class IdempotencyInterceptor {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Caller caller;
    private final CurrentVertxRequest request;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;

    IdempotencyInterceptor(IdempotencyStore store, Caller caller, CurrentVertxRequest request, ObjectMapper mapper) {
        this.store = store;
        this.caller = caller;
        this.request = request;
        this.mapper = mapper;
        this.canonical = mapper.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    }

    @AroundInvoke
    Object apply(InvocationContext invocation) throws Exception {
        HttpServerRequest http = request.getCurrent().request();
        String key = http.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(Idempotent.HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String scope = caller.organisationIfPresent().orElse("-") + "|" + caller.subject();
        String fingerprint = fingerprint(http, invocation.getParameters());
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!store.claim(scope, key, fingerprint)) {
                return replay(store.find(scope, key).orElseThrow(), fingerprint);
            }
            Object result = invocation.proceed();
            if (!(result instanceof Response response)) {
                throw new IllegalStateException("@Idempotent methods must return a Response");
            }
            String body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            MediaType type = response.getMediaType();
            store.complete(scope, key, response.getStatus(), body, type == null ? null : type.toString(), location);
            return response;
        });
    }

    private static Response replay(IdempotencyStore.Stored stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new UnprocessableException("This Idempotency-Key was already used for a different request. "
                    + "Use a new key for a new request.");
        }
        if (stored.status() == null) {
            throw new ConflictException("A request with this Idempotency-Key is still being processed.");
        }
        Response.ResponseBuilder response = Response.status(stored.status())
                .header(Idempotent.REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            response.entity(stored.body())
                    .type(stored.contentType() == null ? MediaType.APPLICATION_JSON : stored.contentType());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        return response.build();
    }

    /** Method, path and the content of the arguments, independent of JSON key order and whitespace. */
    private String fingerprint(HttpServerRequest http, Object[] arguments) throws JsonProcessingException {
        ArrayNode content = canonical.createArrayNode();
        for (Object argument : arguments) {
            if (argument == null || argument instanceof UriInfo || argument instanceof HttpHeaders) {
                continue;
            }
            content.add(canonical.valueToTree(argument));
        }
        String material = http.method().name() + " " + http.path() + "\n" + canonical.writeValueAsString(content);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
