package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header that every money- or right-changing request must carry, and the one rule for
 * reusing it: a retry (same key, same request) gets the first answer; the same key with another request is refused
 * with 422 {@code idempotency-key-reused}, never answered with the first result as if it were the new one.
 */
public final class IdempotencyKey {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKey() {}

    /** The key as sent, or a 400 problem naming the header when it is missing or malformed. */
    public static String require(String header) {
        if (header == null || !SHAPE.matcher(header).matches()) {
            throw ProblemException.invalid(
                    "Idempotency-Key",
                    "header required: 8 to 100 letters, digits, '.', '_', ':' "
                            + "or '-', the same for every retry of this request");
        }
        return header;
    }

    /**
     * What a request asks, as 64 hex digits to keep beside its key: SHA-256 of the request as the platform's JSON-B
     * writes it (members in a fixed order, so the same request always gives the same fingerprint).
     */
    public static String fingerprint(Object request) {
        return sha256(request == null ? "null" : Json.write(request));
    }

    public static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a key seen before with another request. {@code first} is the fingerprint kept with the first request;
     * null for items stored before fingerprints were kept, whose retries cannot be told apart and are replayed.
     *
     * @param what the kind of request, for the message, e.g. "another right"
     */
    public static void requireSameRequest(String key, String first, String fingerprint, String what) {
        if (first != null && !first.equals(fingerprint)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + key + " was used for " + what + "; use a new key for a new request.");
        }
    }
}
