package be.ptrpas.platform.devlogin;

import be.ptrpas.platform.common.web.SecurityHeaders;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.DevLogin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A small page to sign in as a demo persona: it lists the personas and fetches a token from the dev token endpoint.
 * Its script and style are files of their own, so the page runs under a policy that allows no inline script. Not
 * found whenever dev login is off, and to callers on other machines unless the operator allows them.
 */
@WebServlet({"/dev/login", "/dev/login.js", "/dev/login.css"})
public class DevLoginPage extends HttpServlet {

    /** Served path → class-path resource and content type. */
    private static final Map<String, String[]> FILES = Map.of(
            "/dev/login", new String[] {"/dev-login.html", "text/html;charset=UTF-8"},
            "/dev/login.js", new String[] {"/dev-login.js", "text/javascript;charset=UTF-8"},
            "/dev/login.css", new String[] {"/dev-login.css", "text/css;charset=UTF-8"});

    @Inject
    DatabaseInfo database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] file = FILES.get(request.getServletPath());
        if (file == null || !DevLogin.isActive(database) || !DevLogin.servesCaller(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = DevLoginPage.class.getResourceAsStream(file[0])) {
            response.setContentType(file[1]);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
            response.getOutputStream().write(content.readAllBytes());
        }
    }
}
