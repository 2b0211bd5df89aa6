package org.pswcp.kit.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.request.RequestIds;

import io.quarkus.security.Authenticated;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every service's contract says the same way, because the kit does it the same way for every operation: the
 * request and correlation id headers (accepted and echoed), the problem responses the kit's security and error mapper
 * give, the conditional request headers where an operation answers 304 or 412, the Idempotency-Key where the method is
 * {@link Idempotent} and explicit public access where it has no role (the API metadata: lifecycle status, deprecation
 * policy and servers' audience are {@link ContractMetadataFilter}'s). It runs when the contract is built, reading the
 * resource methods from the index; operation ids are {@code Class_method}
 * ({@code quarkus.smallrye-openapi.operation-id-strategy=CLASS_METHOD}). A service whose operations under some paths
 * answer errors in another format lists those paths in {@value #OWN_ERROR_FORMAT_PATHS}: they get no problem 400 or 500
 * from here.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The configuration key: path prefixes whose operations declare their own error bodies (none by default). */
    static final String OWN_ERROR_FORMAT_PATHS = "pswcp.openapi.own-error-format-paths";
    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final List<DotName> SECURED = List.of(DotName.createSimple(RolesAllowed.class),
            DotName.createSimple(Authenticated.class));
    private static final DotName PERMIT_ALL = DotName.createSimple(PermitAll.class);
    private static final DotName OPERATION = DotName
            .createSimple("org.eclipse.microprofile.openapi.annotations.Operation");

    private final Set<String> idempotent = new HashSet<>();
    private final Set<String> secured = new HashSet<>();
    private final Set<String> used = new HashSet<>();
    private List<String> ownErrorFormatPaths = List.of();

    public ContractFilter(IndexView index) {
        for (AnnotationInstance annotation : index.getAnnotations(IDEMPOTENT)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                idempotent.add(operationId(annotation.target().asMethod()));
            }
        }
        for (DotName name : SECURED) {
            for (AnnotationInstance annotation : index.getAnnotations(name)) {
                if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                    secured.add(operationId(annotation.target().asMethod()));
                } else if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                    annotation.target().asClass().methods().stream().filter(m -> !m.hasAnnotation(PERMIT_ALL))
                            .forEach(m -> secured.add(operationId(m)));
                }
            }
        }
    }

    /** The id the operation declares, when it keeps a published one through a rename; else {@code Class_method}. */
    private static String operationId(MethodInfo method) {
        AnnotationInstance operation = method.annotation(OPERATION);
        AnnotationValue declared = operation == null ? null : operation.value("operationId");
        return declared != null && !declared.asString().isBlank()
                ? declared.asString()
                : method.declaringClass().simpleName() + "_" + method.name();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        components(openAPI);
        ownErrorFormatPaths = ConfigProvider.getConfig().getOptionalValues(OWN_ERROR_FORMAT_PATHS, String.class)
                .orElse(List.of());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> operation(path, operation)));
        // Declare only what this service's operations use.
        Components components = openAPI.getComponents();
        List.of("IdempotencyKey", "IfNoneMatch", "IfMatch").stream().filter(name -> !used.contains(name))
                .forEach(components::removeParameter);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().map(Header::getRef).filter(Objects::nonNull)
                                .forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)));
                    }
                })));
        List.copyOf(components.getHeaders().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeHeader);
        OperationExamples.addTo(openAPI);
    }

    private void operation(String path, Operation operation) {
        operation.addParameter(ref("XRequestId")).addParameter(ref("XCorrelationId"));
        APIResponses responses = operation.getResponses();
        boolean isIdempotent = idempotent.contains(operation.getOperationId());
        if (isIdempotent) {
            operation.addParameter(ref("IdempotencyKey"));
            used.add("IdempotencyKey");
        }
        if (responses.hasAPIResponse("304") && !declares(operation, "If-None-Match")) {
            operation.addParameter(ref("IfNoneMatch"));
            used.add("IfNoneMatch");
        }
        if (responses.hasAPIResponse("412") && !declares(operation, "If-Match")) {
            operation.addParameter(ref("IfMatch"));
            used.add("IfMatch");
        }
        boolean isSecured = secured.contains(operation.getOperationId());
        if (!isSecured && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            // Public: say so, rather than leave a reader to guess whether a global default applies.
            operation.setSecurity(new ArrayList<>());
        }
        // The kit's mapper answers every error with a problem: say so where a declared response has no body (operations
        // with their own error format declare their own bodies).
        responses.getAPIResponses().forEach((code, declared) -> {
            if (code.matches("[45]\\d\\d") && declared.getRef() == null && declared.getContent() == null) {
                declared.setContent(problem(declared.getDescription()).getContent());
            }
        });
        boolean ownErrorFormat = ownErrorFormatPaths.stream().anyMatch(path::startsWith);
        boolean hasInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY));
        if (hasInput && !ownErrorFormat && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", problem("The request is not valid: the problem names each parameter or"
                    + " field at fault."));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", problem("The request body is not application/json."));
        }
        if (isSecured && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("No valid bearer token."));
        }
        if (isSecured && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", problem("The token's roles do not allow this operation."));
        }
        boolean conditionalGet = responses.hasAPIResponse("304");
        // The kit's RequestLimits: a body over the operation's limit, a caller over their rate.
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", problem("The request body is larger than this operation accepts (1 MiB"
                    + " unless the operation says otherwise)."));
        }
        if (!responses.hasAPIResponse("429")) {
            APIResponse tooMany = problem("You have made more requests a minute than you may; wait the seconds"
                    + " Retry-After gives.");
            tooMany.addHeader("Retry-After", headerRef("RetryAfter"));
            responses.addAPIResponse("429", tooMany);
        }
        // Nor a problem 500 or 503 where the operations have an error format of their own.
        if (!ownErrorFormat && !responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", problem("An unexpected failure; quote X-Request-ID when reporting it."));
        }
        if (!ownErrorFormat && !responses.hasAPIResponse("503")) {
            APIResponse unavailable = problem("The service cannot reach its database just now (a restart, an"
                    + " outage): nothing is half-written. Try again after the seconds Retry-After gives.");
            unavailable.addHeader("Retry-After", headerRef("RetryAfter"));
            responses.addAPIResponse("503", unavailable);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            response.addHeader(RequestIds.REQUEST_ID_HEADER, headerRef("XRequestId"));
            response.addHeader(RequestIds.CORRELATION_ID_HEADER, headerRef("XCorrelationId"));
            if ((code.equals("200") && (conditionalGet || responses.hasAPIResponse("412"))) || code.equals("304")) {
                response.addHeader("ETag", headerRef("ETag"));
            }
            if (conditionalGet && (code.equals("200") || code.equals("304"))) {
                response.addHeader("Cache-Control", headerRef("CacheControl"));
            }
            if (code.startsWith("2") && isIdempotent) {
                response.addHeader(Idempotent.REPLAYED_HEADER, headerRef("IdempotentReplayed"));
            }
            if (code.equals("401")) {
                response.addHeader("WWW-Authenticate", headerRef("WWWAuthenticate"));
            }
            // The kit's limiter counts every request, a refused token included.
            response.addHeader("RateLimit-Limit", headerRef("RateLimitLimit"));
            response.addHeader("RateLimit-Remaining", headerRef("RateLimitRemaining"));
            response.addHeader("RateLimit-Reset", headerRef("RateLimitReset"));
        });
    }

    /** Whether the resource method already declares this header (as a {@code @HeaderParam}). */
    private static boolean declares(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }

    private static void components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addParameter("XRequestId", header(RequestIds.REQUEST_ID_HEADER,
                "Your id for this request (created when absent); echoed on the response and written on every log"
                        + " line.",
                "5f0c2a4e-6a7b-4c1e-9d5f-3e2b1a0c9d8e"));
        components.addParameter("XCorrelationId", header(RequestIds.CORRELATION_ID_HEADER,
                "The id of the conversation this request belongs to (the request id when absent); echoed, and"
                        + " carried into the events the request causes as ce_correlationid.",
                "0b7e6c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e"));
        components.addParameter("IdempotencyKey", header(Idempotent.HEADER,
                "Makes a create safe to retry: a retry with the same key and body returns the first response"
                        + " (Idempotent-Replayed: true) and creates nothing; the same key with another body is 422.",
                "9c1b7f0e-3d2a-4e5f-8a6b-1c2d3e4f5a6b"));
        components.addParameter("IfNoneMatch", header("If-None-Match",
                "An ETag you hold: 304 Not Modified when the resource still has it.", "\"3f2a1c\""));
        components.addParameter("IfMatch", header("If-Match",
                "The ETag you read: the change is applied only if the resource still has it, else 412.",
                "\"3f2a1c\""));
        components.addHeader("XRequestId", OASFactory.createHeader().description("The request's id.")
                .schema(string(128)));
        components.addHeader("XCorrelationId", OASFactory.createHeader().description("The conversation's id.")
                .schema(string(128)));
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The representation's entity tag, for If-None-Match and If-Match.")
                .schema(string(128)));
        components.addHeader("IdempotentReplayed", OASFactory.createHeader()
                .description("true when this is the stored response of an earlier request with the same"
                        + " Idempotency-Key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
        components.addHeader("CacheControl", OASFactory.createHeader()
                .description("How long a cache may keep the representation: published framework content never"
                        + " changes (public, max-age=86400); a draft is private and revalidated on every use.")
                .schema(string(128)));
        components.addHeader("WWWAuthenticate", OASFactory.createHeader()
                .description("The authentication scheme the operation needs (RFC 6750): Bearer.")
                .schema(string(256)));
        components.addHeader("Location", OASFactory.createHeader()
                .description("The path of the created resource, where it can be read.")
                .schema(string(512).format("uri-reference")));
        components.addHeader("RetryAfter", OASFactory.createHeader()
                .description("Seconds to wait before trying again: after a 429, before the next request of this kind (a"
                        + " change or a read); after a 503, before the service is likely to reach its database again.")
                .schema(integer()));
        components.addHeader("RateLimitLimit", OASFactory.createHeader()
                .description("Requests of this kind (changes or reads) you may make a minute, per service replica.")
                .schema(integer()));
        components.addHeader("RateLimitRemaining", OASFactory.createHeader()
                .description("Requests of this kind you may make now, before you must wait.").schema(integer()));
        components.addHeader("RateLimitReset", OASFactory.createHeader()
                .description("Seconds until your allowance of this kind is whole again.").schema(integer()));
        components.addHeader("ContentDisposition", OASFactory.createHeader()
                .description("attachment, with the file name to save the download under.")
                .schema(string(256)));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .description(description).schema(string(128)).example(example);
    }

    private static Parameter ref(String name) {
        return OASFactory.createParameter().ref("#/components/parameters/" + name);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO);
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
