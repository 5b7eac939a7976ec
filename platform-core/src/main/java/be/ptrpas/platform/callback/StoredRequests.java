package be.ptrpas.platform.callback;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.spi.InboundRequest;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a callback into stored columns and back, and names its content by a hash of its body. */
final class StoredRequests {

    private static final Type MULTI_MAP =
            new HashMap<String, List<String>>() {}.getClass().getGenericSuperclass();

    private StoredRequests() {}

    static String hash(InboundRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The body alone: vendors put callbacks in the body, and a query string anyone can vary at will must not
            // turn one callback into many stored rows.
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String headers(InboundRequest request) {
        return Json.write(new TreeMap<>(request.headers()));
    }

    static String body(InboundRequest request) {
        return Base64.getEncoder().encodeToString(request.body());
    }

    static InboundRequest restore(InboundEvent event) {
        Map<String, List<String>> headers = Json.read(event.headers(), MULTI_MAP);
        // The query string is not kept (see hash): callbacks are read from headers and body.
        return new InboundRequest(
                event.method(), "", headers, Map.of(), Base64.getDecoder().decode(event.body()));
    }
}
