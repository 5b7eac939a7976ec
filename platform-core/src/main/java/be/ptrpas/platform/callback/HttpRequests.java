package be.ptrpas.platform.callback;

import be.ptrpas.spi.InboundRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a JAX-RS request into the SPI's {@link InboundRequest}, without the caller's credentials. */
public final class HttpRequests {

    /** Never handed to plug-ins nor stored: they belong to the caller's session, not to the vendor's message. */
    private static final Set<String> PRIVATE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private static final int MAX_HEADERS = 100;

    private HttpRequests() {}

    public static InboundRequest of(String method, String path, HttpHeaders headers, UriInfo uri, byte[] body) {
        Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!PRIVATE_HEADERS.contains(name.toLowerCase()) && kept.size() < MAX_HEADERS) {
                kept.put(name, List.copyOf(values));
            }
        });
        Map<String, List<String>> query = new TreeMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        return new InboundRequest(method, path, kept, query, body);
    }
}
