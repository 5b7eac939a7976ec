package be.ptrpas.platform.security.dev;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A small page to sign in as a demo persona: it lists the personas and fetches a token from the dev token endpoint.
 * Not found whenever dev login is off.
 */
@WebServlet("/dev/login")
public class DevLoginPage extends HttpServlet {

    @Inject
    DatabaseInfo database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DevLogin.isActive(database)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream page = DevLoginPage.class.getResourceAsStream("/dev-login.html")) {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self' 'unsafe-inline'");
            response.getOutputStream().write(page.readAllBytes());
        }
    }
}
