package be.ptrpas.platform.enforcement.warden;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.DevLogin;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The warden's page (F-34): sign in, check a plate, see the verdict, recent checks, in Dutch, French or English.
 * Plain HTML, CSS and JavaScript modules from the class path, no build step; the page talks only to this platform's API with the warden's bearer token,
 * which it keeps in the tab's session storage. The platform itself holds no session for it.
 *
 * <p>Everything is served {@code no-store} and under a strict Content-Security-Policy: scripts and styles only from
 * this origin (no inline code), requests only to this origin, no framing.
 */
@WebServlet(urlPatterns = {"/warden", "/warden/*"})
public class WardenPage extends HttpServlet {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String SCRIPT = "text/javascript;charset=UTF-8";

    /**
     * The files of the page, by their path under {@code /warden}, with their content type: the style sheet, and the
     * script as ES modules by concern ({@code warden.js} imports the others).
     */
    private static final Map<String, String> ASSETS = Map.of(
            "/warden.css", "text/css;charset=UTF-8",
            "/warden.js", SCRIPT,
            "/api.js", SCRIPT,
            "/dom.js", SCRIPT,
            "/i18n.js", SCRIPT,
            "/plate-input.js", SCRIPT,
            "/recent.js", SCRIPT,
            "/session.js", SCRIPT,
            "/verdict.js", SCRIPT,
            "/zones.js", SCRIPT);

    @Inject
    DatabaseInfo database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/") || path.equals("/index.html")) {
            serve(response, "/warden/index.html", "text/html;charset=UTF-8");
        } else if (path.equals("/config.json")) {
            secureHeaders(response);
            response.setContentType("application/json");
            response.getOutputStream().write(config().getBytes(StandardCharsets.UTF_8));
        } else if (ASSETS.containsKey(path)) {
            serve(response, "/warden" + path, ASSETS.get(path));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * What the page needs to know about this installation: whether it may offer the demo wardens (dev login), and
     * which token claim names the municipality (the identity provider's claim names are configurable).
     */
    private String config() {
        String tenantClaim = ConfigProvider.getConfig()
                .getOptionalValue("ptr.jwt.claim.tenant", String.class)
                .orElse("tenant");
        return Json.createObjectBuilder()
                .add("devLogin", DevLogin.isActive(database))
                .add("tenantClaim", tenantClaim)
                .build()
                .toString();
    }

    private static void serve(HttpServletResponse response, String resource, String contentType) throws IOException {
        try (InputStream content = WardenPage.class.getResourceAsStream(resource)) {
            if (content == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            secureHeaders(response);
            response.setContentType(contentType);
            response.getOutputStream().write(content.readAllBytes());
        }
    }

    private static void secureHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // The page asks for the position only when the warden taps "my position"; nothing else.
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
    }
}
