package be.ptrpas.platform.common.openapi;

import be.ptrpas.platform.common.problem.Problem;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document in one place, so every endpoint — including ones added later — gets it:
 * a unique operationId derived from method and path, and the problem+json responses it can give.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("JSON path of the offending field, e.g. geometry.coordinates[0][3]"))
                .addProperty("message", string("What is wrong with it")));
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; see docs/problems.md for the catalogue of types")
                .addProperty("type", string("Stable problem type URI, e.g. https://ptr-pas.be/problems/validation"))
                .addProperty("title", string("Short summary of the type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("Explanation for a human"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                String id = operationId(entry.getKey(), path.getKey());
                for (int n = 2; !used.add(id); n++) {
                    id = operationId(entry.getKey(), path.getKey()) + n;
                }
                operation.setOperationId(id);
                addProblemResponses(operation, entry.getKey(), path.getKey());
            }
        }
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
            for (String part : word.split("[-_]")) {
                if (!part.isEmpty()) {
                    id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static void addProblemResponses(Operation operation, PathItem.HttpMethod method, String path) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        problem(responses, "400", "The request is invalid; every offending field is listed");
        if (secured) {
            problem(responses, "401", "No valid bearer token");
            problem(responses, "403", "The token's role may not do this");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Not found (including another municipality's resources)");
        }
        if (writes) {
            problem(responses, "409", "Conflict with the current state (duplicate, reference in use, tariff periods, "
                    + "concurrent update)");
            problem(responses, "413", "The request body is too large");
        }
        problem(responses, "500", "Failure on the platform's side; nothing was changed");
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
