package be.ptrpas.plugins.payment.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the address the payer returns to: the platform's return URL with {@code payment=<id>} added. */
final class ReturnLinks {

    private ReturnLinks() {}

    /** Adds the parameter before any fragment, with '?' or '&' as the URL needs. */
    static String withPayment(String returnUrl, String paymentId) {
        int hash = returnUrl.indexOf('#');
        String base = hash < 0 ? returnUrl : returnUrl.substring(0, hash);
        String fragment = hash < 0 ? "" : returnUrl.substring(hash);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + "payment=" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8) + fragment;
    }
}
