package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The sandbox's hosted pages: Dutch for the payer, an English subtitle for visiting developers. Every value from a
 * request or a payment goes through {@link Html#escape}.
 */
final class CheckoutPage {

    static final String DEFAULT_TITLE = "Sandbox-betaling";

    /** No scripts, no framing, nothing cached: the page holds a payment's details and a form that changes it. */
    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;background:#f4f4f4;"
            + "color:#1a1a1a}main{max-width:32rem;margin:auto;background:#fff;padding:1.5rem;border-radius:.5rem}"
            + "dt{font-weight:600;margin-top:.75rem}dd{margin:0}.subtitle{color:#555;margin-top:-.5rem}"
            + "fieldset{border:0;padding:0;margin-top:1.5rem}legend{font-weight:600;margin-bottom:.5rem}"
            + "button{font-size:1rem;padding:.6rem 1rem;margin:.25rem .5rem .25rem 0;border-radius:.3rem;"
            + "border:2px solid #1a1a1a;cursor:pointer}button:focus{outline:3px solid #0a58ca;outline-offset:2px}"
            + ".paid{background:#d1f0d6}.failed{background:#f8d7da}.canceled{background:#e9ecef}";

    private final String title;

    CheckoutPage(String title) {
        this.title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
    }

    /** The checkout: details, and the three outcome buttons while the payment is open. */
    PageResponse render(SandboxPayment payment, String tenantNis, String returnLink) {
        StringBuilder body = new StringBuilder();
        body.append("<dl>")
                .append(item("Gemeente (NIS)", tenantNis))
                .append(item("Omschrijving", payment.description()))
                .append(item("Bedrag", DisplayFormats.amount(payment.amount())));
        if (payment.structuredReference() != null) {
            body.append(item("Gestructureerde mededeling",
                    DisplayFormats.structuredReference(payment.structuredReference())));
        }
        body.append("</dl>");
        if (payment.status() == PaymentStatus.OPEN) {
            // No action attribute: the form posts back to this page's own URL, whatever prefix the platform uses.
            body.append("<form method=\"post\"><fieldset>")
                    .append("<legend>Kies de uitkomst van deze testbetaling <span lang=\"en\">(choose the outcome)</span></legend>")
                    .append(button("paid", "Betaald", "paid"))
                    .append(button("failed", "Mislukt", "failed"))
                    .append(button("canceled", "Geannuleerd", "cancelled"))
                    .append("</fieldset></form>");
        } else {
            body.append("<p role=\"status\">Status: <strong>").append(Html.escape(dutch(payment.status())))
                    .append("</strong>");
            if (payment.status() == PaymentStatus.EXPIRED) {
                body.append(" &mdash; deze betaling is verlopen en kan niet meer betaald worden.");
            }
            body.append("</p>");
            if (returnLink != null) {
                body.append("<p><a href=\"").append(Html.escape(returnLink)).append("\">Terug naar de gemeente</a></p>");
            }
        }
        return page(200, body.toString());
    }

    /** A page with only a message, e.g. for a link that has expired. */
    PageResponse message(int status, String dutchText) {
        return page(status, "<p role=\"status\">" + Html.escape(dutchText) + "</p>");
    }

    static String dutch(PaymentStatus status) {
        return switch (status) {
            case OPEN -> "Te betalen";
            case PENDING -> "In behandeling";
            case AUTHORIZED -> "Gereserveerd";
            case PAID -> "Betaald";
            case FAILED -> "Mislukt";
            case CANCELED -> "Geannuleerd";
            case EXPIRED -> "Verlopen";
            case REFUNDED -> "Terugbetaald";
        };
    }

    private PageResponse page(int status, String content) {
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body><main>"
                + "<h1>" + Html.escape(title) + "</h1>"
                + "<p class=\"subtitle\" lang=\"en\">Sandbox payment &mdash; no real money is moved</p>"
                + content + "</main></body></html>";
        return new PageResponse(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), HEADERS);
    }

    private static String item(String label, String value) {
        return "<dt>" + Html.escape(label) + "</dt><dd>" + Html.escape(value) + "</dd>";
    }

    private static String button(String outcome, String dutch, String english) {
        return "<button type=\"submit\" name=\"outcome\" value=\"" + outcome + "\" class=\"" + outcome + "\">"
                + dutch + " <span lang=\"en\">(" + english + ")</span></button>";
    }
}
