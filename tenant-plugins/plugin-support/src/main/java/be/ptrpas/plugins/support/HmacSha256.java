package be.ptrpas.plugins.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a shared secret, for signing and checking webhook bodies. Signatures are compared with
 * {@link MessageDigest#isEqual}, which takes the same time whatever the first differing byte, so timing reveals
 * nothing about the expected value. Thread-safe: a {@link Mac} is made per call.
 */
public final class HmacSha256 {

    /** The usual header scheme: {@code sha256=<hex HMAC-SHA256 of the raw body>}. */
    public static final String SCHEME = "sha256=";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret the shared secret, used as its UTF-8 bytes; must not be null or empty */
    public HmacSha256(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an HMAC needs a secret");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The HMAC of the parts, taken one after the other as a single text. */
    public byte[] sign(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** The HMAC of the parts in lower-case hex (64 digits). */
    public String signHex(byte[]... parts) {
        return HexFormat.of().formatHex(sign(parts));
    }

    /** Whether {@code given} is the HMAC of the parts; compared in constant time. */
    public boolean verify(byte[] given, byte[]... parts) {
        return given != null && MessageDigest.isEqual(sign(parts), given);
    }

    /** Whether {@code hex} (either case, surrounding blanks ignored) is the HMAC of the parts; false when not hex. */
    public boolean verifyHex(String hex, byte[]... parts) {
        if (hex == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex.strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return verify(given, parts);
    }

    /** The header value {@code sha256=<hex>} for a body. */
    public String header(byte[] body) {
        return SCHEME + signHex(body);
    }

    /** Whether a {@code sha256=<hex>} header value (scheme in either case) signs exactly this body. */
    public boolean verifyHeader(String header, byte[] body) {
        return header != null
                && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && verifyHex(header.substring(SCHEME.length()), body);
    }
}
