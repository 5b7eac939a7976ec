package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The sandbox's hosted pages in the payer's language (Dutch, French or English, from the browser's Accept-Language;
 * Dutch by default). Every value from a request or a payment goes through {@link Html#escape}.
 */
final class CheckoutPage {

    static final String DEFAULT_TITLE = "Sandbox-betaling";

    /** No scripts, no framing, nothing cached: the page holds a payment's details and a form that changes it. */
    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "no-store",
            "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            // The page's words follow Accept-Language: a shared cache must not hand one payer's language to another.
            "Vary", "Accept-Language");

    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;background:#f4f4f4;"
                    + "color:#1a1a1a}main{max-width:32rem;margin:auto;background:#fff;padding:1.5rem;border-radius:.5rem}"
                    + "dt{font-weight:600;margin-top:.75rem}dd{margin:0}.subtitle{color:#555;margin-top:-.5rem}"
                    + "fieldset{border:0;padding:0;margin-top:1.5rem}legend{font-weight:600;margin-bottom:.5rem}"
                    + "button{font-size:1rem;padding:.6rem 1rem;margin:.25rem .5rem .25rem 0;border-radius:.3rem;"
                    + "border:2px solid #1a1a1a;color:#1a1a1a;cursor:pointer;min-height:2.75rem}"
                    + "button:focus{outline:3px solid #0a58ca;outline-offset:2px}"
                    + ".paid{background:#d1f0d6}.failed{background:#f8d7da}.canceled{background:#e9ecef}";

    /** The page's words, by key, in each language. */
    private static final Map<PayerLanguage, Map<String, String>> TEXTS = Map.of(
            PayerLanguage.NL,
                    Map.ofEntries(
                            Map.entry("title", DEFAULT_TITLE),
                            Map.entry("subtitle", "Testbetaling — er wordt geen echt geld verplaatst"),
                            Map.entry("municipality", "Gemeente (NIS)"),
                            Map.entry("description", "Omschrijving"),
                            Map.entry("amount", "Bedrag"),
                            Map.entry("reference", "Gestructureerde mededeling"),
                            Map.entry("choose", "Kies de uitkomst van deze testbetaling"),
                            Map.entry("paid", "Betaald"),
                            Map.entry("failed", "Mislukt"),
                            Map.entry("canceled", "Geannuleerd"),
                            Map.entry("status", "Status"),
                            Map.entry("expired", "deze betaling is verlopen en kan niet meer betaald worden."),
                            Map.entry("back", "Terug naar de gemeente"),
                            Map.entry("link-expired", "Deze betaallink is verlopen."),
                            Map.entry("link-used", "Met deze betaallink kan niet meer betaald worden.")),
            PayerLanguage.FR,
                    Map.ofEntries(
                            Map.entry("title", "Paiement sandbox"),
                            Map.entry("subtitle", "Paiement de test — aucun argent réel n’est déplacé"),
                            Map.entry("municipality", "Commune (INS)"),
                            Map.entry("description", "Description"),
                            Map.entry("amount", "Montant"),
                            Map.entry("reference", "Communication structurée"),
                            Map.entry("choose", "Choisissez l’issue de ce paiement de test"),
                            Map.entry("paid", "Payé"),
                            Map.entry("failed", "Échoué"),
                            Map.entry("canceled", "Annulé"),
                            Map.entry("status", "Statut"),
                            Map.entry("expired", "ce paiement a expiré et ne peut plus être payé."),
                            Map.entry("back", "Retour vers la commune"),
                            Map.entry("link-expired", "Ce lien de paiement a expiré."),
                            Map.entry("link-used", "Ce lien de paiement ne permet plus de payer.")),
            PayerLanguage.EN,
                    Map.ofEntries(
                            Map.entry("title", "Sandbox payment"),
                            Map.entry("subtitle", "Test payment — no real money is moved"),
                            Map.entry("municipality", "Municipality (NIS)"),
                            Map.entry("description", "Description"),
                            Map.entry("amount", "Amount"),
                            Map.entry("reference", "Structured reference"),
                            Map.entry("choose", "Choose the outcome of this test payment"),
                            Map.entry("paid", "Paid"),
                            Map.entry("failed", "Failed"),
                            Map.entry("canceled", "Cancelled"),
                            Map.entry("status", "Status"),
                            Map.entry("expired", "this payment has expired and can no longer be paid."),
                            Map.entry("back", "Back to the municipality"),
                            Map.entry("link-expired", "This payment link has expired."),
                            Map.entry("link-used", "This payment link can no longer be used to pay.")));

    private static final Map<PayerLanguage, Map<PaymentStatus, String>> STATUSES = Map.of(
            PayerLanguage.NL,
                    statuses(
                            "Te betalen",
                            "In behandeling",
                            "Gereserveerd",
                            "Betaald",
                            "Mislukt",
                            "Geannuleerd",
                            "Verlopen",
                            "Terugbetaald"),
            PayerLanguage.FR,
                    statuses("À payer", "En cours", "Réservé", "Payé", "Échoué", "Annulé", "Expiré", "Remboursé"),
            PayerLanguage.EN,
                    statuses("To pay", "Pending", "Authorised", "Paid", "Failed", "Cancelled", "Expired", "Refunded"));

    /** The title the municipality configured; null means the default, in the payer's language. */
    private final String title;

    CheckoutPage(String title) {
        this.title = title == null || title.isBlank() || title.equals(DEFAULT_TITLE) ? null : title;
    }

    /** The checkout: details, and the three outcome buttons while the payment is open. */
    PageResponse render(SandboxPayment payment, String tenantNis, String returnLink, PayerLanguage language) {
        Map<String, String> text = TEXTS.get(language);
        StringBuilder body = new StringBuilder();
        body.append("<dl>")
                .append(item(text.get("municipality"), tenantNis))
                .append(item(text.get("description"), payment.description()))
                .append(item(text.get("amount"), DisplayFormats.amount(payment.amount())));
        if (payment.structuredReference() != null) {
            body.append(item(text.get("reference"), DisplayFormats.structuredReference(payment.structuredReference())));
        }
        body.append("</dl>");
        if (payment.status() == PaymentStatus.OPEN) {
            // No action attribute: the form posts back to this page's own URL, whatever prefix the platform uses.
            body.append("<form method=\"post\"><fieldset>")
                    .append("<legend>")
                    .append(text.get("choose"))
                    .append("</legend>")
                    .append(button("paid", text.get("paid")))
                    .append(button("failed", text.get("failed")))
                    .append(button("canceled", text.get("canceled")))
                    .append("</fieldset></form>");
        } else {
            body.append("<p role=\"status\">")
                    .append(text.get("status"))
                    .append(": <strong>")
                    .append(Html.escape(status(payment.status(), language)))
                    .append("</strong>");
            if (payment.status() == PaymentStatus.EXPIRED) {
                body.append(" &mdash; ").append(text.get("expired"));
            }
            body.append("</p>");
            if (returnLink != null) {
                body.append("<p><a href=\"")
                        .append(Html.escape(returnLink))
                        .append("\">")
                        .append(text.get("back"))
                        .append("</a></p>");
            }
        }
        return page(200, body.toString(), language);
    }

    /** A page with only a message (by its key), e.g. for a link that has expired. */
    PageResponse message(int status, String key, PayerLanguage language) {
        return page(
                status, "<p role=\"status\">" + Html.escape(TEXTS.get(language).get(key)) + "</p>", language);
    }

    static String status(PaymentStatus status, PayerLanguage language) {
        return STATUSES.get(language).get(status);
    }

    private PageResponse page(int status, String content, PayerLanguage language) {
        Map<String, String> text = TEXTS.get(language);
        String heading = title == null ? text.get("title") : title;
        String html = "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + Html.escape(heading) + "</title><style>" + STYLE + "</style></head><body><main>"
                + "<h1>" + Html.escape(heading) + "</h1>"
                + "<p class=\"subtitle\">" + text.get("subtitle") + "</p>"
                + content + "</main></body></html>";
        return new PageResponse(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), HEADERS);
    }

    private static Map<PaymentStatus, String> statuses(
            String open,
            String pending,
            String authorized,
            String paid,
            String failed,
            String canceled,
            String expired,
            String refunded) {
        return Map.of(
                PaymentStatus.OPEN,
                open,
                PaymentStatus.PENDING,
                pending,
                PaymentStatus.AUTHORIZED,
                authorized,
                PaymentStatus.PAID,
                paid,
                PaymentStatus.FAILED,
                failed,
                PaymentStatus.CANCELED,
                canceled,
                PaymentStatus.EXPIRED,
                expired,
                PaymentStatus.REFUNDED,
                refunded);
    }

    private static String item(String label, String value) {
        return "<dt>" + Html.escape(label) + "</dt><dd>" + Html.escape(value) + "</dd>";
    }

    private static String button(String outcome, String label) {
        return "<button type=\"submit\" name=\"outcome\" value=\"" + outcome + "\" class=\"" + outcome + "\">" + label
                + "</button>";
    }
}
