package be.ptrpas.platform.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the JAX-RS runtime's own refusals (unknown path, wrong method, media types) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String instance = uriInfo.getRequestUri().getRawPath();
        Response problem = switch (status) {
            case 400 ->
                ProblemResponses.of(
                        ProblemType.MALFORMED_REQUEST,
                        "The request could not be read: check the parameters and the body.",
                        instance);
            case 401 -> ProblemResponses.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required.", instance);
            case 403 ->
                ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation.", instance);
            case 404 -> ProblemResponses.of(ProblemType.NOT_FOUND, "There is nothing at " + instance + ".", instance);
            case 405 ->
                ProblemResponses.of(
                        ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on " + instance + ".", instance);
            case 406 ->
                ProblemResponses.of(
                        ProblemType.NOT_ACCEPTABLE, "This resource answers in application/json only.", instance);
            case 413 -> ProblemResponses.of(ProblemType.CONTENT_TOO_LARGE, "The request body is too large.", instance);
            case 415 ->
                ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", instance);
            default ->
                status >= 500
                        ? ProblemResponses.of(ProblemType.INTERNAL, "Something went wrong on our side.", instance)
                        : ProblemResponses.of(
                                ProblemType.MALFORMED_REQUEST,
                                "The request was refused (HTTP " + status + ").",
                                instance);
        };
        // Keep headers the runtime set for the client (e.g. Allow on 405).
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
