package be.ptrpas.platform.citizenpage;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.DevLogin;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The citizen's PTR-pas page (F-10, F-11, F-13, F-15): every item in every municipality, one item with its timeline
 * and PDF, paying one item or a basket, the live confirmation, preferences, company mode and the access log. Plain
 * HTML, CSS and ES modules from the class path, no build step; the page talks only to this platform's API with the
 * citizen's bearer token, kept in the tab's session storage. Every route of the page ({@code /pass},
 * {@code /pass/items/{id}}, {@code /pass/baskets/{id}}, {@code /pass/payments/{id}}, {@code /pass/preferences},
 * {@code /pass/access-log}, {@code /pass/companies}) answers the same document, which renders the route itself, so
 * every link the platform sends a citizen opens the right screen.
 *
 * <p>Served {@code no-store} under a strict Content-Security-Policy (scripts, styles and requests from this origin
 * only, no inline code). Framing is refused unless the operator names the portals that may embed the page
 * ({@code ptr.pass.frame-ancestors}, e.g. Mijn Burgerprofiel), see {@link FrameAncestors}.
 */
@WebServlet(urlPatterns = {"/pass", "/pass/*"})
public class CitizenPage extends HttpServlet {

    static final String ROOT = "/pass";

    private static final Logger LOG = Logger.getLogger(CitizenPage.class.getName());

    private static final String POLICY_WITHOUT_FRAMING = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; ";

    private static final String SCRIPT = "text/javascript;charset=UTF-8";

    /** The page's routes: each answers the page, which renders the screen the address names. */
    private static final Pattern ROUTES = Pattern.compile(
            "/?|/(items|baskets|payments)/[A-Za-z0-9_-]{1,80}/?" + "|/(preferences|access-log|companies)/?");

    /** The page's files under {@code /pass/assets}, with their content type. */
    private static final Map<String, String> ASSETS = Map.ofEntries(
            Map.entry("pass.css", "text/css;charset=UTF-8"),
            Map.entry("app.js", SCRIPT),
            Map.entry("api.js", SCRIPT),
            Map.entry("dom.js", SCRIPT),
            Map.entry("format.js", SCRIPT),
            Map.entry("i18n.js", SCRIPT),
            Map.entry("session.js", SCRIPT),
            Map.entry("list.js", SCRIPT),
            Map.entry("item.js", SCRIPT),
            Map.entry("basket.js", SCRIPT),
            Map.entry("payment.js", SCRIPT),
            Map.entry("live.js", SCRIPT),
            Map.entry("preferences.js", SCRIPT),
            Map.entry("access-log.js", SCRIPT),
            Map.entry("companies.js", SCRIPT));

    @Inject
    DatabaseInfo database;

    private FrameAncestors frameAncestors = FrameAncestors.NONE;

    @Override
    public void init() {
        Optional<String> configured =
                ConfigProvider.getConfig().getOptionalValue("ptr.pass.frame-ancestors", String.class);
        try {
            frameAncestors = FrameAncestors.parse(configured.orElse(null));
        } catch (IllegalArgumentException e) {
            LOG.log(
                    Level.SEVERE,
                    "ptr.pass.frame-ancestors: {0}; the citizen page refuses every frame until it is corrected",
                    e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (ROUTES.matcher(path).matches()) {
            serve(response, "index.html", "text/html;charset=UTF-8");
        } else if (path.equals("/config.json")) {
            secureHeaders(response);
            response.setContentType("application/json");
            response.getOutputStream().write(config().getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/assets/") && ASSETS.containsKey(path.substring("/assets/".length()))) {
            String file = path.substring("/assets/".length());
            serve(response, file, ASSETS.get(file));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * What the page needs to know about this installation: whether it may offer the demo citizens (dev login), which
     * token claims carry the national and company numbers, and where a citizen signs in in production.
     */
    private String config() {
        Config config = ConfigProvider.getConfig();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("devLogin", DevLogin.isActive(database))
                .add(
                        "nationalNumberClaim",
                        config.getOptionalValue("ptr.jwt.claim.national-number", String.class)
                                .orElse("rrn"))
                .add(
                        "companyNumberClaim",
                        config.getOptionalValue("ptr.jwt.claim.company-number", String.class)
                                .orElse("kbo"))
                .add("framed", frameAncestors.allowsFraming());
        config.getOptionalValue("ptr.pass.sign-in-url", String.class)
                .filter(url -> url.startsWith("https://") || url.startsWith("/"))
                .ifPresent(url -> json.add("signInUrl", url));
        return json.build().toString();
    }

    private void serve(HttpServletResponse response, String file, String contentType) throws IOException {
        try (InputStream content = CitizenPage.class.getResourceAsStream("/citizen-page/" + file)) {
            if (content == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            secureHeaders(response);
            response.setContentType(contentType);
            response.getOutputStream().write(content.readAllBytes());
        }
    }

    private void secureHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY_WITHOUT_FRAMING + frameAncestors.directive());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!frameAncestors.allowsFraming()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    }
}
