package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.HostedPages;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.payment.CreatedPayment;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentNotice;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentRequest;
import be.ptrpas.spi.payment.PaymentSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment provider that needs no network: the payer picks the outcome on a checkout page the platform hosts for
 * it, and the sandbox then sends a signed webhook like a real provider. Everything lives in the plug-in store.
 */
public final class SandboxPaymentProvider implements PaymentProvider, HostedPages {

    static final int MAX_WEBHOOK_BYTES = 16 * 1024;

    /** Keeps the platform's idempotency keys apart from the ones link visits make up ({@code link/...}). */
    private static final String PLATFORM_KEYS = "request/";

    private final PluginContext context;
    private final SandboxPayments payments;
    private final SandboxLinks links;
    private final WebhookSignature signature;
    private final WebhookSender webhooks;
    private final CheckoutPage pages;
    private final Duration expiry;
    private final SandboxRefunds refunds;
    private final SandboxLinkVisits linkVisits;

    SandboxPaymentProvider(
            PluginContext context,
            WebhookSignature signature,
            String checkoutTitle,
            Duration expiry,
            Duration webhookTimeout) {
        this.context = context;
        this.payments = new SandboxPayments(context.store());
        this.links = new SandboxLinks(context.store());
        this.signature = signature;
        this.webhooks = new WebhookSender(signature, webhookTimeout);
        this.pages = new CheckoutPage(checkoutTitle);
        this.expiry = expiry;
        this.refunds = new SandboxRefunds(context.store(), payments);
        this.linkVisits = new SandboxLinkVisits(payments, this::newPaymentFromLink, this::expireIfDue);
    }

    @Override
    public CreatedPayment createPayment(PaymentRequest request) {
        Instant now = context.clock().instant();
        SandboxPayment payment = payments.createOnce(
                PLATFORM_KEYS + request.idempotencyKey(),
                () -> new SandboxPayment(
                        SandboxIds.newId(SandboxIds.PAYMENT_PREFIX),
                        request.amount(),
                        request.description(),
                        request.structuredReference(),
                        text(request.returnUrl()),
                        text(request.webhookUrl()),
                        PaymentStatus.OPEN,
                        now,
                        now.plus(expiry),
                        null,
                        0,
                        null));
        payment = expireIfDue(payment);
        return new CreatedPayment(payment.id(), checkoutUrl(payment.id()), payment.expiresAt(), payment.status());
    }

    @Override
    public PaymentNotice parseWebhook(InboundRequest request) throws RejectedRequestException {
        byte[] body = request.body();
        if (body.length > MAX_WEBHOOK_BYTES) {
            throw new RejectedRequestException("sandbox webhook body is too large");
        }
        String header = request.header(WebhookSignature.HEADER)
                .orElseThrow(() -> new RejectedRequestException("sandbox webhook without " + WebhookSignature.HEADER));
        if (!signature.matches(header, body)) {
            throw new RejectedRequestException("sandbox webhook signature does not match");
        }
        try {
            JsonObject json = JsonInput.parseObject(body);
            String id = JsonInput.requiredString(json, "id");
            if (!SandboxIds.PAYMENT_ID.matcher(id).matches()) {
                throw new RejectedRequestException("sandbox webhook names no sandbox payment");
            }
            PaymentStatus status = statusFromWord(JsonInput.requiredString(json, "status"));
            String eventId = JsonInput.string(json, "eventId").orElse(null);
            return new PaymentNotice(id, status, eventId);
        } catch (JsonException e) {
            throw new RejectedRequestException("sandbox webhook body is not valid: " + e.getMessage(), e);
        }
    }

    @Override
    public PaymentSnapshot fetchPayment(String providerPaymentId) {
        SandboxPayment payment = expireIfDue(existing(providerPaymentId));
        return new PaymentSnapshot(
                payment.id(),
                payment.status(),
                word(payment.status()),
                payment.amount(),
                new Money(payment.refundedMinorUnits(), payment.amount().currency()),
                payment.paidAt());
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        existing(request.providerPaymentId());
        return refunds.refund(request);
    }

    @Override
    public PaymentLink createPaymentLink(PaymentLinkRequest request) {
        SandboxLink link = links.createOnce(
                request.idempotencyKey(),
                () -> new SandboxLink(
                        SandboxIds.newId(SandboxIds.LINK_PREFIX),
                        request.amount(),
                        request.description(),
                        request.structuredReference(),
                        text(request.redirectUrl()),
                        text(request.webhookUrl()),
                        request.expiresAt()));
        return new PaymentLink(link.id(), context.pagesUrl().resolve("link/" + link.id()), link.expiresAt());
    }

    /**
     * Paid once any payment a visit of the link started was paid (a refund later does not make the link unpaid;
     * the payment itself shows it); expired when the link's time is up unpaid; open otherwise.
     */
    @Override
    public PaymentLinkSnapshot fetchPaymentLink(String providerLinkId) {
        SandboxLink link = (providerLinkId == null ? Optional.<SandboxLink>empty() : links.find(providerLinkId))
                .orElseThrow(
                        () -> PluginException.permanent("the sandbox has no payment link " + shown(providerLinkId)));
        Optional<SandboxPayment> paying = linkVisits.started(link).stream()
                .filter(payment -> payment.paidAt() != null)
                .min(Comparator.comparing(SandboxPayment::paidAt));
        if (paying.isPresent()) {
            return new PaymentLinkSnapshot(
                    link.id(),
                    PaymentStatus.PAID,
                    paying.get().paidAt(),
                    paying.get().id());
        }
        PaymentStatus status = link.isExpired(context.clock().instant()) ? PaymentStatus.EXPIRED : PaymentStatus.OPEN;
        return new PaymentLinkSnapshot(link.id(), status, null, null);
    }

    @Override
    public Optional<PageResponse> handlePage(InboundRequest request) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        PayerLanguage language =
                PayerLanguage.of(request.header("Accept-Language").orElse(null));
        if (path.startsWith("checkout/")) {
            Optional<SandboxPayment> payment = payments.find(path.substring("checkout/".length()));
            if (payment.isEmpty()) {
                return Optional.empty();
            }
            if (read) {
                return Optional.of(showCheckout(expireIfDue(payment.get()), language));
            }
            if (request.method().equals("POST")) {
                return Optional.of(choose(payment.get(), request.body(), language));
            }
            return Optional.of(PageResponse.text(405, "Methode niet toegestaan / method not allowed"));
        }
        if (path.startsWith("link/")) {
            Optional<SandboxLink> link = links.find(path.substring("link/".length()));
            if (link.isEmpty()) {
                return Optional.empty();
            }
            if (!read) {
                return Optional.of(PageResponse.text(405, "Methode niet toegestaan / method not allowed"));
            }
            return Optional.of(visit(link.get(), language));
        }
        return Optional.empty();
    }

    /** The payer's choice: only an open payment changes, and only the change that wins sends a webhook. */
    private PageResponse choose(SandboxPayment payment, byte[] body, PayerLanguage language) {
        Optional<PaymentStatus> outcome =
                FormBody.parse(body).map(fields -> fields.get("outcome")).flatMap(SandboxPaymentProvider::outcome);
        if (outcome.isEmpty()) {
            return PageResponse.text(400, "Kies betaald, mislukt of geannuleerd / choose paid, failed or canceled");
        }
        payment = expireIfDue(payment);
        if (payment.status() == PaymentStatus.OPEN
                && payments.finishOnce(
                        payment.id(), outcome.get(), context.clock().instant())) {
            webhooks.send(
                    payment.webhookUrl(), payment.id(), word(outcome.get()), SandboxIds.newId(SandboxIds.EVENT_PREFIX));
        }
        if (payment.returnUrl() == null) {
            return showCheckout(existing(payment.id()), language);
        }
        return PageResponse.redirect(ReturnLinks.withPayment(payment.returnUrl(), payment.id()));
    }

    private PageResponse showCheckout(SandboxPayment payment, PayerLanguage language) {
        String back = payment.returnUrl() == null ? null : ReturnLinks.withPayment(payment.returnUrl(), payment.id());
        return pages.render(payment, context.tenantNis(), back, language);
    }

    private PageResponse visit(SandboxLink link, PayerLanguage language) {
        if (link.isExpired(context.clock().instant())) {
            return pages.message(410, "link-expired", language);
        }
        return linkVisits
                .paymentFor(link)
                .map(payment -> payment.status() == PaymentStatus.OPEN
                        ? PageResponse.redirect(checkoutUrl(payment.id()).toString())
                        : showCheckout(payment, language))
                .orElseGet(() -> pages.message(410, "link-used", language));
    }

    private SandboxPayment newPaymentFromLink(SandboxLink link) {
        Instant now = context.clock().instant();
        return new SandboxPayment(
                SandboxIds.newId(SandboxIds.PAYMENT_PREFIX),
                link.amount(),
                link.description(),
                link.structuredReference(),
                link.redirectUrl(),
                link.webhookUrl(),
                PaymentStatus.OPEN,
                now,
                now.plus(expiry),
                null,
                0,
                link.id());
    }

    /** An open payment past its expiry becomes EXPIRED the moment anyone looks at it. */
    private SandboxPayment expireIfDue(SandboxPayment payment) {
        Instant now = context.clock().instant();
        if (payment.status() != PaymentStatus.OPEN || now.isBefore(payment.expiresAt())) {
            return payment;
        }
        payments.finishOnce(payment.id(), PaymentStatus.EXPIRED, now);
        return existing(payment.id());
    }

    private SandboxPayment existing(String id) {
        return payments.find(id).orElseThrow(() -> SandboxPayments.unknown(id));
    }

    private URI checkoutUrl(String id) {
        return context.pagesUrl().resolve("checkout/" + id);
    }

    private static Optional<PaymentStatus> outcome(String value) {
        return switch (value == null ? "" : value) {
            case "paid" -> Optional.of(PaymentStatus.PAID);
            case "failed" -> Optional.of(PaymentStatus.FAILED);
            case "canceled", "cancelled" -> Optional.of(PaymentStatus.CANCELED);
            default -> Optional.empty();
        };
    }

    /** The sandbox's own status words: the enum names in lower case, as in the webhook. */
    static String word(PaymentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static PaymentStatus statusFromWord(String word) throws RejectedRequestException {
        for (PaymentStatus status : PaymentStatus.values()) {
            if (word(status).equals(word)) {
                return status;
            }
        }
        throw new RejectedRequestException("sandbox webhook has an unknown status");
    }

    /** An id from a caller, short enough for a message. */
    private static String shown(String id) {
        return id == null ? "(none)" : id.length() > 80 ? id.substring(0, 80) + "..." : id;
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
