package be.ptrpas.spi;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request the platform received on behalf of a plug-in (a webhook, a reply, a scan batch, a hosted page
 * request), exactly as it arrived, so that the plug-in can check a signature over the raw body.
 *
 * @param method  HTTP method in upper case
 * @param path    the part of the path after the plug-in's base URL, without leading '/'; empty for the base itself
 * @param headers header values by name; look them up with {@link #header(String)}, names are case-insensitive
 * @param query   query parameters by name
 * @param body    the raw body, empty when there is none
 */
public record InboundRequest(
        String method, String path, Map<String, List<String>> headers, Map<String, List<String>> query, byte[] body) {

    public InboundRequest {
        method = method == null ? "POST" : method.toUpperCase(Locale.ROOT);
        path = path == null ? "" : path;
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        }
        headers = Collections.unmodifiableMap(caseless);
        query = query == null ? Map.of() : Map.copyOf(query);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A POST with a body and headers, for tests and simple cases. */
    public static InboundRequest post(byte[] body, Map<String, String> headers) {
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new InboundRequest("POST", "", multi, Map.of(), body);
    }

    /** The first value of a header, names compared without case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
