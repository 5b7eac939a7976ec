package be.ptrpas.platform.callback;

import be.ptrpas.spi.PageResponse;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Turns a plug-in's {@link PageResponse} into an HTTP answer, keeping only headers a plug-in may set. */
final class PageResponses {

    private static final Set<String> ALLOWED_HEADERS = Set.of("location", "cache-control");

    private PageResponses() {}

    static Response toResponse(PageResponse page) {
        Response.ResponseBuilder builder = Response.status(page.status())
                .type(page.contentType())
                .entity(page.body())
                // Plug-in pages run on the platform's origin: keep them from framing, sniffing or loading scripts
                // from elsewhere.
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header(
                        "Content-Security-Policy",
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'none'; form-action 'self' http: https:; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
        page.headers().forEach((name, value) -> {
            if (ALLOWED_HEADERS.contains(name.toLowerCase())) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }
}
