package be.ptrpas.platform.common.problem;

import be.ptrpas.platform.common.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the body is serialised here so no JSON provider quirk can change its shape. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder response =
                Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(Json.write(problem));
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ptr-pas\"");
        }
        return response.build();
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }
}
