package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.HmacSha256;

/**
 * The sandbox's webhook signature: header {@value #HEADER} with {@code sha256=<hex HMAC-SHA256 of the raw body>},
 * keyed with the tenant's signing secret.
 */
final class WebhookSignature {

    static final String HEADER = "X-Sandbox-Signature";

    private final HmacSha256 hmac;

    WebhookSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the sandbox needs a signing secret");
        }
        this.hmac = new HmacSha256(signingSecret);
    }

    /** The header value for this body. */
    String sign(byte[] body) {
        return hmac.header(body);
    }

    /** Whether the header value is the signature of this body; compares in constant time. */
    boolean matches(String headerValue, byte[] body) {
        // The sandbox writes the scheme in lower case and accepts only that.
        return headerValue != null && headerValue.startsWith(HmacSha256.SCHEME) && hmac.verifyHeader(headerValue, body);
    }
}
