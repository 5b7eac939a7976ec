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
 * platform is problem+json.
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
        var problem = switch (status) {
            case 401 -> ProblemResponses.of(ProblemType.UNAUTHORIZED,
                    "The bearer token was refused: it is malformed, forged, expired, not from the configured issuer, "
                            + "or lacks a required claim (iss, sub or upn, iat, exp, jti).",
                    instance);
            case 403 -> ProblemResponses.of(ProblemType.FORBIDDEN, "You are not allowed to do this.", instance);
            case 404 -> ProblemResponses.of(ProblemType.NOT_FOUND, "There is nothing at " + instance + ".", instance);
            case 405 -> ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, "Method not allowed here.", instance);
            case 413 -> ProblemResponses.of(ProblemType.CONTENT_TOO_LARGE, "The request body is too large.", instance);
            default -> status >= 500
                    ? ProblemResponses.of(ProblemType.INTERNAL, "Something went wrong on our side.", instance)
                    : ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The request was refused (HTTP " + status + ").",
                            instance);
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ptr-pas\", error=\"invalid_token\"");
        }
        response.getOutputStream().write(problem.getEntity().toString().getBytes(StandardCharsets.UTF_8));
    }
}
