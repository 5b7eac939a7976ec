package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.payment.PaymentNotice;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Mollie's payment webhook is a form body {@code id=tr_...} and nothing else, unsigned. It is only a hint: the
 * platform fetches the payment to learn (and thereby verify) what happened, so a forged id finds nothing.
 */
final class MollieWebhook {

    static final Pattern PAYMENT_ID = Pattern.compile("tr_[A-Za-z0-9]{2,64}");
    private static final int MAX_BYTES = 1024;

    private MollieWebhook() {}

    static PaymentNotice parse(InboundRequest request) throws RejectedRequestException {
        byte[] body = request.body();
        if (body.length == 0 || body.length > MAX_BYTES) {
            throw new RejectedRequestException("Mollie webhook body must be a short form with the payment id");
        }
        String id = null;
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).trim().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0
                        && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                                .equals("id")) {
                    id = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    break;
                }
            }
        } catch (IllegalArgumentException badEscape) {
            throw new RejectedRequestException("Mollie webhook body is not form encoded", badEscape);
        }
        if (id == null || !PAYMENT_ID.matcher(id).matches()) {
            throw new RejectedRequestException("Mollie webhook does not name a Mollie payment (id=tr_...)");
        }
        return new PaymentNotice(id, null, null);
    }
}
