package be.ptrpas.plugins.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox's webhook signature: header {@value #HEADER} with {@code sha256=<hex HMAC-SHA256 of the raw body>},
 * keyed with the tenant's signing secret.
 */
final class WebhookSignature {

    static final String HEADER = "X-Sandbox-Signature";
    private static final String SCHEME = "sha256=";

    private final SecretKeySpec key;

    WebhookSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the sandbox needs a signing secret");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The header value for this body. */
    String sign(byte[] body) {
        return SCHEME + HexFormat.of().formatHex(hmac(body));
    }

    /** Whether the header value is the signature of this body; compares in constant time. */
    boolean matches(String headerValue, byte[] body) {
        if (headerValue == null || !headerValue.startsWith(SCHEME)) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(headerValue.substring(SCHEME.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(claimed, hmac(body));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
