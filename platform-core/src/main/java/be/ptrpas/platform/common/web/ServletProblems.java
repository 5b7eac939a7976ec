package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.Problem;
import be.ptrpas.platform.common.problem.ProblemResponses;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Problem+json written straight onto a servlet response, for refusals made before the API code runs. */
final class ServletProblems {

    private ServletProblems() {}

    static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        byte[] body = ProblemResponses.of(type, detail, instance)
                .getEntity()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(type.status());
        // Written before (or instead of) the rest of the filter chain, so SecurityHeaders may not have run yet.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
