package be.ptrpas.spi;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer a plug-in gives to an {@link InboundRequest}: a hosted page, a redirect, a webhook
 * verification answer.
 */
public record PageResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public PageResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        contentType = contentType == null ? "text/plain; charset=UTF-8" : contentType;
        body = body == null ? new byte[0] : body.clone();
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static PageResponse html(String html) {
        return new PageResponse(200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static PageResponse text(int status, String text) {
        return new PageResponse(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A 303 See Other to {@code location}, the right answer after a form POST. */
    public static PageResponse redirect(String location) {
        return new PageResponse(303, null, null, Map.of("Location", location));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
