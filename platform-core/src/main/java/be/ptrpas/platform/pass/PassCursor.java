package be.ptrpas.platform.pass;

import be.ptrpas.platform.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of a pass starts: just after the last item shown, in the pass's order (newest first, then by
 * id). Opaque to the caller; a new item arriving between two pages neither repeats nor skips one.
 */
record PassCursor(Instant happenedAt, String id) {

    String encode() {
        String raw = happenedAt.getEpochSecond() + ":" + happenedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PassCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            if (parts.length != 3 || !parts[2].matches("[0-9a-f-]{36}")) {
                throw new IllegalArgumentException(raw);
            }
            return new PassCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor this pass gave; start again without one");
        }
    }
}
