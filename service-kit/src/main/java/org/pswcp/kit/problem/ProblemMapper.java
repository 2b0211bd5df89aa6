package org.pswcp.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one table that turns exceptions into {@code application/problem+json}. Details are written here, never copied
 * from an exception of a library, so no class name, stack trace or echoed input reaches a caller.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Ahead of the mappers Quarkus registers for the same exceptions. */
    public static final int PRIORITY = Priorities.USER - 1000;
    /** How long a caller waits before trying again when the database is out of reach: a restart's usual span. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Counts refusals ({@code pswcp_authorisation_denials_total}) by why: {@code role} when the caller's roles do not
     * allow the operation, {@code rule} when a rule about this caller and this record does (not your supervisee, your
     * own assessment, no organisation in the token). Never who, nor which record.
     */
    @Inject
    MeterRegistry registry;

    @Inject
    AllowedMethods allowedMethods;

    private static final Map<Class<? extends DomainException>, ProblemType> DOMAIN_TABLE = Map.of(
            ResourceNotFoundException.class, ProblemType.NOT_FOUND,
            ConflictException.class, ProblemType.CONFLICT,
            InvalidInputException.class, ProblemType.VALIDATION_FAILED,
            AccessDeniedException.class, ProblemType.FORBIDDEN,
            PreconditionFailedException.class, ProblemType.PRECONDITION_FAILED,
            GoneException.class, ProblemType.GONE,
            UnprocessableException.class, ProblemType.UNPROCESSABLE,
            PayloadTooLargeException.class, ProblemType.PAYLOAD_TOO_LARGE);

    @ServerExceptionMapper(priority = PRIORITY)
    public Response domain(DomainException e, UriInfo uri) {
        ProblemType type = typeOf(e.getClass());
        LOG.debugf("%s: %s", type.slug(), e.getMessage());
        if (type == ProblemType.FORBIDDEN) {
            denied("rule");
        }
        return respond(type, e.getMessage(), uri, e.errors());
    }

    /** Too busy to take the request now: a 503 with the seconds to wait, as for an unreachable database. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response busy(BusyException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, e.getMessage(), uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isAboutOurResponse)) {
            return unexpected(e, uri); // our response broke its own contract: not the caller's fault
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields.";
        return respond(ProblemType.VALIDATION_FAILED, detail, uri, errors);
    }

    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class,
            JsonMappingException.class}, priority = PRIORITY)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (!isReading(e)) {
            return unexpected(e, uri); // writing our response failed: not the caller's fault
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = messageFor(mapping);
            return respond(ProblemType.VALIDATION_FAILED, field + " " + message, uri,
                    List.of(new FieldError(field, message)));
        }
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.", uri, List.of());
    }

    /**
     * Whether Jackson failed reading a request, not writing our response. A failure beyond the parser (a value out of
     * its type's range, a number too long) comes wrapped without it; its path then starts at the class being read,
     * where a failure writing starts at the object being written.
     */
    private static boolean isReading(JsonProcessingException e) {
        if (e.getProcessor() != null) {
            return e.getProcessor() instanceof JsonParser;
        }
        return e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getFrom() instanceof Class;
    }

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = PRIORITY)
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthenticated(uri.getRequestUri().getRawPath());
    }

    /** The 401 for the request at {@code path}: a problem, and the challenge. */
    public static Response unauthenticated(String path) {
        return Response.fromResponse(response(ProblemType.UNAUTHENTICATED,
                "Send a valid access token from the platform's identity provider as 'Authorization: Bearer <token>'.",
                path)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The 403 of an operation the caller's roles do not allow (the kit's audit {@code Refusals} answers with it). */
    public static Response forbidden(String path) {
        return response(ProblemType.FORBIDDEN, "Your roles do not allow this operation.", path);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response http(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        // A parameter refused, or not of its type (JAX-RS says 404): the caller's mistake, a 400 naming it.
        List<FieldError> parameters = ParameterErrors.of(e, resource, uri);
        if (!parameters.isEmpty()) {
            return respond(ProblemType.VALIDATION_FAILED, parameters.get(0).field() + " " + parameters.get(0).message(),
                    uri, parameters);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(respond(type, detailFor(status), uri, List.of()));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405) {
            allow = allowedMethods.of(uri.getPath());
        }
        if (allow != null && !allow.isEmpty()) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Expected in an outage, and already visible on readiness and the pool's metrics: no stack trace per call.
            LOG.warnf("The database is unavailable while serving a request: %s", e.getClass().getName());
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE, "The service cannot reach its database"
                    + " just now. Try again after Retry-After seconds; with an Idempotency-Key a retried change is"
                    + " applied once.", uri, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected error while serving a request", e);
        return respond(ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote the requestId when you report it.", uri, List.of());
    }

    private void denied(String reason) {
        countDenial(registry, reason);
    }

    /** Counts a 403 by reason: {@code role} or {@code rule} (see {@link #registry}). */
    public static void countDenial(MeterRegistry registry, String reason) {
        Counter.builder("pswcp.authorisation.denials")
                .description("Requests refused with 403, by reason: role (roles do not allow it) or rule (a rule about "
                        + "this caller and this record)")
                .tag("reason", reason).register(registry).increment();
    }

    /** The problem type a domain exception is answered with. */
    public static ProblemType typeOf(Class<?> exception) {
        for (Class<?> c = exception; c != null; c = c.getSuperclass()) {
            ProblemType type = DOMAIN_TABLE.get(c);
            if (type != null) {
                return type;
            }
        }
        return ProblemType.UNPROCESSABLE;
    }

    /** Sentences for statuses the framework raises on its own. */
    private static boolean isAboutOurResponse(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not support that method; see the Allow header.";
            case 406 -> "This resource answers in application/json only.";
            case 415 -> "Send the request body as application/json.";
            case 401 -> "Send a valid access token as 'Authorization: Bearer <token>'.";
            case 403 -> "Your roles do not allow this operation.";
            default -> "The request could not be processed.";
        };
    }

    /** A problem response for the request at {@code path}. */
    public static Response response(ProblemType type, String detail, String path) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, path, List.of())).build();
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors))
                .build();
    }

    /**
     * A violation's place in the request: the JSON path inside a body ({@code ratings[2].level}), or the parameter's
     * name for query, path and header parameters.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && !last) {
                continue; // a body parameter: its name is not part of the JSON the caller sent
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringJoiner path = new StringJoiner("");
        boolean first = true;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.add(first ? reference.getFieldName() : "." + reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.add("[" + reference.getIndex() + "]");
            }
            first = false;
        }
        return path.toString();
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return "must not contain the NUL character (U+0000)";
        }
        if (e instanceof InvalidFormatException format) {
            return "must be " + describe(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return "has an invalid value";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            StringJoiner values = new StringJoiner(", ", "one of ", "");
            for (Object constant : type.getEnumConstants()) {
                values.add(constant.toString());
            }
            return values.toString();
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a timestamp (ISO 8601, with offset)";
            case "LocalTime" -> "a time (HH:MM)";
            case "Duration" -> "an ISO 8601 duration (PT45M)";
            case "String" -> "a string";
            case "URI", "URL" -> "a URI";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type)
                    ? "an array"
                    : "an object";
        };
    }
}
