package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.spi.RejectedRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Checks {@code X-Scanfeed-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}. The time is
 * inside the signed text, so an old capture cannot be replayed with a fresh time; a signature older (or newer) than
 * the allowed clock skew is refused. Several {@code v1} values may be given while a device rotates its secret.
 */
final class UploadSignature {

    static final String HEADER = "X-Scanfeed-Signature";

    private final HmacSha256 hmac;
    private final Duration maxSkew;
    private final Clock clock;

    UploadSignature(String secret, Duration maxSkew, Clock clock) {
        this.hmac = new HmacSha256(secret);
        this.maxSkew = maxSkew;
        this.clock = clock;
    }

    /**
     * Verifies the header against the raw body.
     *
     * @return the signing time, which the batch's observations must not be later than
     */
    Instant verify(String header, byte[] body) throws RejectedRequestException {
        if (header == null || header.isBlank()) {
            throw new RejectedRequestException("the upload is not signed: header " + HEADER + " is missing");
        }
        long timestamp = -1;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                throw malformed("'" + part.strip() + "' is not name=value");
            }
            switch (pair[0]) {
                case "t" -> timestamp = unixSeconds(pair[1]);
                case "v1" -> signatures.add(hex(pair[1]));
                default -> {
                    // Unknown schemes (a future v2) are ignored, so devices can send both during a migration.
                }
            }
        }
        if (timestamp < 0) {
            throw malformed("t=<unix seconds> is missing");
        }
        if (signatures.isEmpty()) {
            throw malformed("v1=<hex HMAC-SHA256> is missing");
        }
        byte[] expected = hmac.sign((timestamp + ".").getBytes(StandardCharsets.US_ASCII), body);
        // MessageDigest.isEqual takes the same time whatever the first differing byte, so nothing leaks.
        if (signatures.stream().noneMatch(given -> MessageDigest.isEqual(expected, given))) {
            throw new RejectedRequestException(HEADER + " does not match the body: wrong secret or altered upload");
        }
        Instant signedAt = Instant.ofEpochSecond(timestamp);
        checkFresh(signedAt);
        return signedAt;
    }

    private void checkFresh(Instant signedAt) throws RejectedRequestException {
        Instant now = clock.instant();
        long age = Duration.between(signedAt, now).getSeconds();
        if (age > maxSkew.getSeconds()) {
            throw new RejectedRequestException("the upload was signed " + age + " s ago, more than the "
                    + maxSkew.getSeconds() + " s allowed (replayed or delayed upload; check the device's clock)");
        }
        if (-age > maxSkew.getSeconds()) {
            throw new RejectedRequestException(
                    "the upload's signature time is " + -age + " s in the future, more than the " + maxSkew.getSeconds()
                            + " s allowed (check the device's clock)");
        }
    }

    private static long unixSeconds(String value) throws RejectedRequestException {
        if (!value.matches("\\d{1,12}")) {
            throw malformed("t must be a time in unix seconds");
        }
        return Long.parseLong(value);
    }

    private static byte[] hex(String value) throws RejectedRequestException {
        if (!value.matches("[0-9a-fA-F]{64}")) {
            throw malformed("v1 must be 64 hex digits");
        }
        return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
    }

    private static RejectedRequestException malformed(String problem) {
        return new RejectedRequestException("malformed " + HEADER + " header: " + problem);
    }
}
