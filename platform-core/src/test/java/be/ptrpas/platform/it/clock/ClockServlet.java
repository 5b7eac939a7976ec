package be.ptrpas.platform.it.clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Moves the platform's clock in the integration tests: {@code PUT /it/clock?offset=PT2H} (an ISO-8601 duration, may be
 * negative) sets the offset from the system clock, {@code DELETE} sets it back to zero, {@code GET} tells the offset
 * and the platform's "now". Exists only in the integration tests' WAR, answers only callers on this machine.
 */
@WebServlet(ClockServlet.PATH)
public class ClockServlet extends HttpServlet {

    public static final String PATH = "/it/clock";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            MovableClock.offset(Duration.parse(request.getParameter("offset")));
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "offset: an ISO-8601 duration such as PT2H");
            return;
        }
        answer(response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MovableClock.offset(Duration.ZERO);
        answer(response);
    }

    private static void answer(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"offset\":\"" + MovableClock.offset() + "\",\"now\":\""
                        + new MovableClock(ZoneOffset.UTC).instant() + "\"}");
    }
}
