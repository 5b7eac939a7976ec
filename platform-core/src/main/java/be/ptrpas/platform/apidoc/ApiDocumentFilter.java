package be.ptrpas.platform.apidoc;

import be.ptrpas.platform.PtrApplication;
import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara builds from the annotations, in one place, so every endpoint — including ones
 * added later — is described the same way. Payara's scanner sees only annotated record components and types dates as
 * objects, so the request and response schemas are derived here from the resource methods' Java signatures
 * ({@link JavaSchemas}); the success response comes from the return type, or, for methods that answer a
 * {@link Response}, from their {@code @APIResponse}/{@code @APIResponseSchema} (only a human knows what they put in it).
 * Every operation also gets a unique operationId derived from method and path, its required parameters and the
 * problem+json responses it can give.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = OASFactory.createComponents();
        if (openAPI.getComponents() != null) {
            // Security schemes and the like stay; Payara's schemas are replaced by complete ones.
            components.securitySchemes(openAPI.getComponents().getSecuritySchemes());
        }
        openAPI.setComponents(components);
        describeServer(openAPI);
        mergeTags(openAPI);
        addProblemSchemas(components);
        JavaSchemas schemas = new JavaSchemas(components);
        Paths paths = openAPI.getPaths() == null ? OASFactory.createPaths() : openAPI.getPaths();
        Paths rebuilt = OASFactory.createPaths();
        for (Map.Entry<String, PathItem> entry : paths.getPathItems().entrySet()) {
            rebuilt.addPathItem(ResourceMethods.template(entry.getKey()), entry.getValue());
        }
        openAPI.setPaths(rebuilt);
        templateEndpoints(openAPI);
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.of(PtrApplication.class)) {
            PathItem item = rebuilt.getPathItem(endpoint.path());
            if (item == null) {
                item = OASFactory.createPathItem();
                rebuilt.addPathItem(endpoint.path(), item);
            }
            PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(endpoint.httpMethod());
            Operation operation = item.getOperations().get(method);
            if (operation == null) {
                operation = OASFactory.createOperation();
                item.setOperation(method, operation);
            }
            new OperationDescription(endpoint, operation, schemas).complete();
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, PathItem> path : rebuilt.getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                String id = operationId(entry.getKey(), path.getKey());
                for (int n = 2; !used.add(id); n++) {
                    id = operationId(entry.getKey(), path.getKey()) + n;
                }
                entry.getValue().setOperationId(id);
            }
        }
    }

    /**
     * Payara lists the paths once more, in the extension {@code x-endpoints} that it adds to the document each time it
     * serves it. It takes them from a map its model ({@code OpenAPIImpl}) keeps beside the MicroProfile model, filled
     * before filters run, with the JAX-RS paths as written, regexes and all ({@code {page: .+}}); an
     * {@code addExtension} here would be overwritten. The map is reached through its public accessors and its paths
     * made templates, as the paths of the document are. On another implementation there is no such map: nothing to do.
     */
    static void templateEndpoints(Object model) {
        Method getter;
        Method setter;
        try {
            getter = model.getClass().getMethod("getEndpoints");
            setter = model.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException notPayara) {
            return;
        }
        try {
            if (!(getter.invoke(model) instanceof Map<?, ?> endpoints)) {
                return;
            }
            Map<String, Set<String>> templated = new LinkedHashMap<>();
            endpoints.forEach((root, paths) -> {
                Set<String> templates = new TreeSet<>();
                if (paths instanceof Iterable<?> iterable) {
                    iterable.forEach(path -> templates.add(ResourceMethods.template(String.valueOf(path))));
                }
                templated.put(String.valueOf(root), templates);
            });
            setter.invoke(model, templated);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "Could not make the paths of x-endpoints templates: " + e);
        }
    }

    /**
     * The platform's public address (ptr.public.url) where it is configured; otherwise Payara's guess at the instance's
     * address, whose trailing slash would double the one every path starts with.
     */
    private static void describeServer(OpenAPI openAPI) {
        Optional<String> publicUrl = configured("ptr.public.url");
        if (publicUrl.isPresent()) {
            openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                    .url(publicUrl.get().replaceAll("/+$", ""))
                    .description("This platform"))));
        } else if (openAPI.getServers() != null) {
            openAPI.getServers().forEach(server -> server.setUrl(server.getUrl().replaceAll("/+$", "")));
        }
    }

    private static Optional<String> configured(String key) {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(key, String.class)
                    .filter(url -> !url.isBlank());
        } catch (IllegalStateException noConfig) {
            return Optional.empty();
        }
    }

    /** One tag per name: several resources share a tag, and Payara lists it once per resource. */
    private static void mergeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> merged = new TreeMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag kept = merged.putIfAbsent(tag.getName(), tag);
            if (kept != null
                    && (kept.getDescription() == null || kept.getDescription().isBlank())) {
                kept.setDescription(tag.getDescription());
            }
        }
        merged.values().stream()
                .filter(tag ->
                        tag.getDescription() == null || tag.getDescription().isBlank())
                .forEach(tag -> tag.setDescription(tag.getName()));
        openAPI.setTags(new ArrayList<>(merged.values()));
    }

    /** An example written as JSON text in an annotation, as the JSON it shows (so tools can check it). */
    static Object exampleValue(Object value) {
        if (value instanceof String text
                && (text.strip().startsWith("{") || text.strip().startsWith("["))) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return plain(reader.readValue());
            } catch (JsonException e) {
                return value;
            }
        }
        return value;
    }

    private static Object plain(JsonValue json) {
        return switch (json.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                json.asJsonObject().forEach((name, member) -> object.put(name, plain(member)));
                yield object;
            }
            case ARRAY ->
                json.asJsonArray().stream().map(ApiDocumentFilter::plain).toList();
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static void addProblemSchemas(Components components) {
        components.addSchema(
                "FieldError",
                JavaSchemas.create(Schema.SchemaType.OBJECT)
                        .addProperty(
                                "field", string("JSON path of the offending field, e.g. geometry.coordinates[0][3]"))
                        .addProperty("message", string("What is wrong with it"))
                        .required(List.of("field", "message")));
        components.addSchema(
                "Problem",
                JavaSchemas.create(Schema.SchemaType.OBJECT)
                        .description("RFC 9457 problem details; see docs/problems.md for the catalogue of types")
                        .addProperty(
                                "type",
                                string("Stable problem type URI, e.g. https://ptr-pas.be/problems/validation")
                                        .format("uri"))
                        .addProperty("title", string("Short summary of the type"))
                        .addProperty(
                                "status",
                                JavaSchemas.create(Schema.SchemaType.INTEGER).format("int32"))
                        .addProperty("detail", string("Explanation for a human"))
                        .addProperty("instance", string("The request path"))
                        .addProperty(
                                "errors",
                                JavaSchemas.create(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("FieldError")))
                        .required(List.of("type", "title", "status")));
    }

    /** GET /api/v1/tenants/{nis}/zones/{code} becomes getTenantsByNisZonesByCode. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v1", "").split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = segment.replaceAll("[{}]", "").replaceAll(":.*", "");
            if (parameter) {
                id.append("By");
            }
            for (String part : word.split("[-_.]")) {
                if (!part.isEmpty()) {
                    id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static Schema string(String description) {
        return JavaSchemas.create(Schema.SchemaType.STRING).description(description);
    }

    /** One operation made to say what its Java method does. */
    private static final class OperationDescription {

        private final ResourceMethods.Endpoint endpoint;
        private final Method method;
        private final Operation operation;
        private final JavaSchemas schemas;

        OperationDescription(ResourceMethods.Endpoint endpoint, Operation operation, JavaSchemas schemas) {
            this.endpoint = endpoint;
            this.method = endpoint.method();
            this.operation = operation;
            this.schemas = schemas;
        }

        void complete() {
            describeParameters();
            describeRequestBody();
            APIResponses responses =
                    operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (responses.hasAPIResponse("default")) {
                responses.removeAPIResponse("default");
            }
            describeSuccess(responses);
            describeProblems(responses);
            if (!secured()) {
                // Said outright: this operation needs no token (an empty requirement), rather than left unsaid.
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
            }
        }

        private boolean secured() {
            return operation.getSecurity() != null
                    && operation.getSecurity().stream()
                            .anyMatch(requirement -> requirement.getSchemes() != null
                                    && !requirement.getSchemes().isEmpty());
        }

        private void describeParameters() {
            List<org.eclipse.microprofile.openapi.models.parameters.Parameter> described = new ArrayList<>();
            Map<String, org.eclipse.microprofile.openapi.models.parameters.Parameter> existing = new LinkedHashMap<>();
            if (operation.getParameters() != null) {
                for (var parameter : operation.getParameters()) {
                    existing.putIfAbsent(parameter.getIn() + ":" + parameter.getName(), parameter);
                }
            }
            for (Parameter parameter : method.getParameters()) {
                var in = where(parameter);
                String name = name(parameter);
                if (in == null) {
                    continue;
                }
                var model = existing.remove(in + ":" + name);
                if (model == null) {
                    model = OASFactory.createParameter().name(name).in(in);
                }
                model.setSchema(schemas.of(parameter.getParameterizedType()));
                var declared = parameter.getAnnotation(
                        org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
                model.setRequired(required(in, name, declared) ? Boolean.TRUE : null);
                // What Payara writes out of an @Parameter's defaults says nothing: false is what absent means.
                if (Boolean.FALSE.equals(model.getDeprecated())) {
                    model.setDeprecated(null);
                }
                if (Boolean.FALSE.equals(model.getAllowEmptyValue())) {
                    model.setAllowEmptyValue(null);
                }
                if (Boolean.FALSE.equals(model.getAllowReserved())) {
                    model.setAllowReserved(null);
                }
                if (IDEMPOTENCY_KEY.equalsIgnoreCase(name)) {
                    model.setSchema(string(null).pattern("^[A-Za-z0-9._:-]{8,100}$"));
                    if (model.getDescription() == null) {
                        model.setDescription("The same for every retry of this request: a retry gets the first "
                                + "answer; the key with another request is 422 idempotency-key-reused");
                    }
                } else if (HttpHeaders.IF_MATCH.equalsIgnoreCase(name) && model.getDescription() == null) {
                    model.setDescription("The ETag of the version you read; another version is 412 "
                            + "precondition-failed. Without it the change is made whatever the version.");
                }
                described.add(model);
            }
            described.addAll(existing.values());
            operation.setParameters(described.isEmpty() ? null : described);
        }

        /**
         * A path parameter always; otherwise what the method's {@code @Parameter(required = ...)} says (the method
         * that refuses a missing value says so beside it); without one, {@code Idempotency-Key} is required (the
         * house rule for money and permit changes) and the rest optional.
         */
        static boolean required(
                org.eclipse.microprofile.openapi.models.parameters.Parameter.In in,
                String name,
                org.eclipse.microprofile.openapi.annotations.parameters.Parameter declared) {
            if (in == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH) {
                return true;
            }
            if (declared != null) {
                return declared.required();
            }
            return IDEMPOTENCY_KEY.equalsIgnoreCase(name);
        }

        private static org.eclipse.microprofile.openapi.models.parameters.Parameter.In where(Parameter parameter) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                return org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
            }
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                return org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY;
            }
            if (parameter.isAnnotationPresent(HeaderParam.class)) {
                return org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER;
            }
            if (parameter.isAnnotationPresent(CookieParam.class)) {
                return org.eclipse.microprofile.openapi.models.parameters.Parameter.In.COOKIE;
            }
            return null;
        }

        private static String name(Parameter parameter) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                return parameter.getAnnotation(PathParam.class).value();
            }
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                return parameter.getAnnotation(QueryParam.class).value();
            }
            if (parameter.isAnnotationPresent(HeaderParam.class)) {
                return parameter.getAnnotation(HeaderParam.class).value();
            }
            if (parameter.isAnnotationPresent(CookieParam.class)) {
                return parameter.getAnnotation(CookieParam.class).value();
            }
            return null;
        }

        /** The entity parameter: the one without a JAX-RS annotation. */
        private Parameter entity() {
            for (Parameter parameter : method.getParameters()) {
                boolean annotated = false;
                for (Annotation annotation : parameter.getAnnotations()) {
                    Class<? extends Annotation> kind = annotation.annotationType();
                    annotated |= kind == PathParam.class
                            || kind == QueryParam.class
                            || kind == HeaderParam.class
                            || kind == CookieParam.class
                            || kind == FormParam.class
                            || kind == MatrixParam.class
                            || kind == BeanParam.class
                            || kind == Context.class
                            || kind == Suspended.class;
                }
                if (!annotated) {
                    return parameter;
                }
            }
            return null;
        }

        private void describeRequestBody() {
            Parameter entity = entity();
            if (entity == null) {
                operation.setRequestBody(null);
                return;
            }
            RequestBody body =
                    operation.getRequestBody() == null ? OASFactory.createRequestBody() : operation.getRequestBody();
            body.setRequired(true);
            Content content = OASFactory.createContent();
            Schema schema = bodySchema(entity.getParameterizedType());
            for (String mediaType : consumes()) {
                MediaType model =
                        body.getContent() == null ? null : body.getContent().getMediaType(mediaType);
                if (model == null
                        && body.getContent() != null
                        && body.getContent().getMediaTypes().size() == 1) {
                    model = body.getContent()
                            .getMediaTypes()
                            .values()
                            .iterator()
                            .next();
                }
                MediaType described = OASFactory.createMediaType().schema(schema);
                if (model != null && model.getExamples() != null) {
                    model.getExamples().forEach((name, example) -> {
                        example.setValue(exampleValue(example.getValue()));
                        described.addExample(name, example);
                    });
                }
                if (model != null && model.getExample() != null) {
                    described.setExample(exampleValue(model.getExample()));
                }
                content.addMediaType(mediaType, described);
            }
            body.setContent(content);
            operation.setRequestBody(body);
        }

        private Schema bodySchema(Type type) {
            if (type == InputStream.class || type == byte[].class) {
                return string("The body exactly as the sender made it").format("binary");
            }
            return schemas.of(type);
        }

        private List<String> consumes() {
            Consumes consumes = method.isAnnotationPresent(Consumes.class)
                    ? method.getAnnotation(Consumes.class)
                    : method.getDeclaringClass().getAnnotation(Consumes.class);
            return consumes == null
                    ? List.of(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    : List.of(consumes.value());
        }

        private List<String> produces() {
            Produces produces = method.isAnnotationPresent(Produces.class)
                    ? method.getAnnotation(Produces.class)
                    : method.getDeclaringClass().getAnnotation(Produces.class);
            return produces == null
                    ? List.of(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    : List.of(produces.value());
        }

        private void describeSuccess(APIResponses responses) {
            List<APIResponse> declared = new ArrayList<>(List.of(method.getAnnotationsByType(APIResponse.class)));
            APIResponseSchema schemaAnnotation = method.getAnnotation(APIResponseSchema.class);
            boolean anySuccess = schemaAnnotation != null
                    || declared.stream()
                            .anyMatch(response -> response.responseCode().startsWith("2"));
            if (schemaAnnotation != null) {
                String code = schemaAnnotation.responseCode().isEmpty() ? "200" : schemaAnnotation.responseCode();
                String description = schemaAnnotation.responseDescription().isEmpty()
                        ? "OK"
                        : schemaAnnotation.responseDescription();
                responses.addAPIResponse(
                        code,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .content(content(schemas.of(schemaAnnotation.value()))));
            }
            for (APIResponse response : declared) {
                if (!response.responseCode().startsWith("2")) {
                    continue;
                }
                var model = OASFactory.createAPIResponse()
                        .description(response.description().isEmpty() ? "OK" : response.description());
                if (response.content().length == 0
                        && schemaAnnotation != null
                        && !response.responseCode().equals("204")) {
                    // Another success of the same method (a retry's 200 beside the 201) answers the same body.
                    model.setContent(content(schemas.of(schemaAnnotation.value())));
                } else if (response.content().length > 0) {
                    Content content = OASFactory.createContent();
                    for (var annotated : response.content()) {
                        var schema = annotated.schema();
                        Schema body = schema.implementation() == Void.class
                                ? inline(schema)
                                : schemas.of(schema.implementation());
                        if (schema.type() == SchemaType.ARRAY && schema.implementation() != Void.class) {
                            body = JavaSchemas.create(Schema.SchemaType.ARRAY).items(body);
                        }
                        for (String mediaType :
                                annotated.mediaType().isEmpty() ? produces() : List.of(annotated.mediaType())) {
                            content.addMediaType(
                                    mediaType, OASFactory.createMediaType().schema(body));
                        }
                    }
                    model.setContent(content);
                }
                responses.addAPIResponse(response.responseCode(), model);
            }
            if (anySuccess) {
                return;
            }
            Type returned = method.getGenericReturnType();
            if (returned == void.class) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no content"));
            } else if (returned == Response.class) {
                // A human has to say what this method answers; without it the document would lie by omission.
                LOG.warning(() -> "No @APIResponse/@APIResponseSchema for " + method + ": its success is undescribed");
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
            } else {
                responses.addAPIResponse(
                        "200", OASFactory.createAPIResponse().description("OK").content(content(schemas.of(returned))));
            }
        }

        /** A schema written out in the annotation (type and properties), for answers that have no Java type. */
        private static Schema inline(org.eclipse.microprofile.openapi.annotations.media.Schema annotation) {
            Schema schema = OASFactory.createSchema();
            if (annotation.type() != SchemaType.DEFAULT) {
                schema.addType(Schema.SchemaType.valueOf(annotation.type().name()));
            }
            for (var property : annotation.properties()) {
                Schema value = OASFactory.createSchema();
                if (property.type() != SchemaType.DEFAULT) {
                    value.addType(Schema.SchemaType.valueOf(property.type().name()));
                }
                if (!property.description().isEmpty()) {
                    value.description(property.description());
                }
                schema.addProperty(property.name(), value);
            }
            if (annotation.requiredProperties().length > 0) {
                schema.required(List.of(annotation.requiredProperties()));
            }
            return schema;
        }

        private Content content(Schema schema) {
            Content content = OASFactory.createContent();
            for (String mediaType : produces()) {
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
            }
            return content;
        }

        /**
         * The problems the platform's own machinery can answer for this operation; problems only the feature knows
         * (a stay too long, a vendor unreachable) are declared on the method with {@code @APIResponse} and get their
         * problem+json content here.
         */
        private void describeProblems(APIResponses responses) {
            boolean secured = secured();
            boolean body = entity() != null;
            boolean ifMatch = has(HeaderParam.class, HttpHeaders.IF_MATCH);
            boolean idempotent = has(HeaderParam.class, IDEMPOTENCY_KEY);
            boolean writes = !endpoint.httpMethod().equals("GET")
                    && !endpoint.httpMethod().equals("HEAD");
            problem(responses, "400", "The request is invalid; every offending field is listed");
            if (secured) {
                problem(responses, "401", "No valid bearer token");
                problem(responses, "403", "The token's role may not do this");
            }
            if (endpoint.path().contains("{")) {
                problem(responses, "404", "Not found (including another municipality's resources)");
            }
            if (writes && secured) {
                problem(
                        responses,
                        "409",
                        "Conflict with the current state (duplicate, reference in use, tariff "
                                + "periods, concurrent update)");
            }
            if (ifMatch) {
                problem(responses, "412", "precondition-failed: the item changed since the version in If-Match");
            }
            if (body) {
                problem(responses, "413", "The request body is too large");
                if (!consumes().contains(jakarta.ws.rs.core.MediaType.WILDCARD)) {
                    problem(responses, "415", "The body is not in a media type this operation reads");
                }
            }
            if (idempotent) {
                problem(responses, "422", "idempotency-key-reused: the Idempotency-Key was used for another request");
            }
            if (body || method.isAnnotationPresent(PersonalDataRead.class)) {
                problem(
                        responses,
                        "503",
                        body
                                ? "The platform is receiving too many request bodies at once, or "
                                        + "cannot record the request; retry later"
                                : "The read cannot be recorded in the audit "
                                        + "journal, so it is refused; retry later");
            }
            problem(responses, "500", "Failure on the platform's side; nothing was changed");
            // Problems declared by hand (422, 429, 503, ...) answer problem+json too, whatever Payara made of them.
            for (var entry : responses.getAPIResponses().entrySet()) {
                if (entry.getKey().matches("[45]\\d\\d")) {
                    entry.getValue().setContent(problemContent());
                }
            }
        }

        private boolean has(Class<HeaderParam> kind, String name) {
            for (Parameter parameter : method.getParameters()) {
                HeaderParam header = parameter.getAnnotation(kind);
                if (header != null && header.value().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        private static void problem(APIResponses responses, String status, String description) {
            if (responses.hasAPIResponse(status)) {
                return;
            }
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse().description(description).content(problemContent()));
        }

        private static Content problemContent() {
            return OASFactory.createContent()
                    .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem")));
        }
    }
}
