package org.pswcp.kit.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each path of the service answers, for the {@code Allow} header of a 405 (RFC 9110 requires it; Quarkus
 * REST sends the 405 without one). Learned once from the resource classes' {@code @Path} and method annotations.
 */
@Singleton
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String verb = verbOf(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(pattern(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                }
            }
        }
    }

    /** The methods that {@code path} answers, comma-separated as {@code Allow} lists them; empty when none. */
    public String of(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    allowed.add(HttpMethod.HEAD);
                }
            }
        }
        return String.join(", ", allowed);
    }

    private static String verbOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A path template ({@code /v1/things/{id}}, or {@code {id: regex}}) as a pattern over request paths. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String segment : template.split("/+")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                int colon = segment.indexOf(':');
                regex.append(colon < 0
                        ? "[^/]+"
                        : "(?:" + segment.substring(colon + 1, segment.length() - 1).trim()
                                + ")");
            } else {
                regex.append(Pattern.quote(segment));
            }
        }
        return Pattern.compile(regex.append("/?").toString());
    }
}
