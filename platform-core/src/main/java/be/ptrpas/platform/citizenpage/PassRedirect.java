package be.ptrpas.platform.citizenpage;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The old Dutch address {@code /pas/…} that portal notices already carry (e.g. {@code /pas/payments/{id}}): a
 * permanent redirect to the same place under {@code /pass}. Only paths the page could show are redirected (letters,
 * digits and a few separators, no dot segments), so this is never an open redirect.
 */
@WebServlet(urlPatterns = {"/pas", "/pas/*"})
public class PassRedirect extends HttpServlet {

    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-]{1,80}){0,4}/?");
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&_.%-]{0,200}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String query = request.getQueryString();
        if (!SAFE_PATH.matcher(path).matches()
                || (query != null && !SAFE_QUERY.matcher(query).matches())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(
                "Location", request.getContextPath() + CitizenPage.ROOT + path + (query == null ? "" : "?" + query));
    }
}
