package org.pswcp.kit.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

/**
 * Which query parameters of a request could not be read as their type. JAX-RS answers such a request 404 (a rule of its
 * specification, for want of a better one); the kit answers 400, naming the parameter, by reading the matched method's
 * parameters again. A path parameter that is not of its type names no resource: that stays a 404.
 */
public final class ParameterErrors {

    private ParameterErrors() {
    }

    /**
     * The parameters at fault in a JAX-RS error, for a 400 naming them: the one a request filter refused
     * ({@link InvalidParameterException}), or, for a 404 that JAX-RS raised reading the request, the query parameters
     * not of their type. Empty when the error is not about parameters (a real 404, say).
     */
    public static List<FieldError> of(WebApplicationException e, ResourceInfo resource, UriInfo uri) {
        if (e instanceof InvalidParameterException refused) {
            return List.of(refused.error());
        }
        if (e.getResponse().getStatus() == 404 && e.getCause() != null && resource != null) {
            return of(resource.getResourceMethod(), uri);
        }
        return List.of();
    }

    /** The query parameters whose values are not of their type; empty when all are (the 404 was a real one). */
    static List<FieldError> of(Method method, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        if (method == null) {
            return errors;
        }
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.isAnnotationPresent(QueryParam.class)) {
                continue;
            }
            String name = parameter.getAnnotation(QueryParam.class).value();
            for (String value : uri.getQueryParameters().getOrDefault(name, List.of())) {
                String fault = fault(parameter.getType(), value);
                if (fault != null) {
                    errors.add(new FieldError(name, fault));
                    break;
                }
            }
        }
        return errors;
    }

    /** Why the text is not a value of the type, or null when it is (or the type is not one this knows). */
    private static String fault(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    return "must be true or false";
                }
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return null;
                    }
                }
                return "must be one of the values the contract lists";
            }
            return null;
        } catch (RuntimeException e) {
            return messageFor(type);
        }
    }

    private static String messageFor(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date (yyyy-mm-dd)";
        }
        if (type == Instant.class) {
            return "must be a date and time in UTC (yyyy-mm-ddThh:mm:ssZ)";
        }
        return "is not of its type";
    }
}
