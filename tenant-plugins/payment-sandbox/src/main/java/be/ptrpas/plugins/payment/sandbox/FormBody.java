package be.ptrpas.plugins.payment.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads an {@code application/x-www-form-urlencoded} body; the first value of each field counts. */
final class FormBody {

    static final int MAX_BYTES = 4096;

    private FormBody() {}

    /** The fields, or empty when the body is too long or not form encoded. */
    static Optional<Map<String, String>> parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return Optional.of(fields);
        }
        try {
            for (String pair : text.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
