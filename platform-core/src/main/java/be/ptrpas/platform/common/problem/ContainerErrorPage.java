package be.ptrpas.platform.common.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Error page for responses the container produces before the API code runs, above all MP-JWT refusing a forged,
 * expired or wrongly issued token. Without it those would be Payara's HTML error pages; with it every error of the
 * platform is problem+json, except for a browser that asks for HTML, which gets the same problem as a small page in
 * its language ({@link ProblemPage}).
 */
@WebServlet("/problem-page")
public class ContainerErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Called directly (not as an error page), there is no error: the page is simply not a resource.
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        String detail = switch (status) {
            case 401 ->
                "The bearer token was refused: it is malformed, forged, expired, not from the configured issuer, "
                        + "or lacks a required claim (iss, sub or upn, iat, exp, jti).";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at " + instance + ".";
            case 405 -> "Method not allowed here.";
            case 413 -> "The request body is too large.";
            default ->
                status >= 500 ? "Something went wrong on our side." : "The request was refused (HTTP " + status + ").";
        };
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.CONTENT_TOO_LARGE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ptr-pas\", error=\"invalid_token\"");
        }
        // The same address answers a browser with a page and an API client with problem+json.
        response.setHeader("Vary", "Accept, Accept-Language");
        response.setCharacterEncoding("UTF-8");
        if (ProblemPage.wanted(request.getHeader("Accept"))) {
            response.setContentType("text/html");
            response.getOutputStream()
                    .write(ProblemPage.render(status, detail, request.getHeader("Accept-Language"))
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream()
                .write(ProblemResponses.of(type, detail, instance)
                        .getEntity()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
    }
}
