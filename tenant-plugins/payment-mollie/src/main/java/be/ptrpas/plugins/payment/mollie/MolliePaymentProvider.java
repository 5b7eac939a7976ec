package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.InboundRequest;
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
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One municipality's Mollie account, through Mollie's API v2. Idempotency is Mollie's own (the
 * {@code Idempotency-Key} header), so this class keeps no state and is safe for many threads.
 */
public final class MolliePaymentProvider implements PaymentProvider {

    /** Mollie cuts descriptions off at 255 characters on bank statements and refuses longer ones. */
    static final int MAX_DESCRIPTION = 255;
    /** The documented ISO 8601 shape, e.g. 2026-03-09T09:00:00+00:00. */
    private static final DateTimeFormatter MOLLIE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private static final Pattern REFUND_ID = Pattern.compile("re_[A-Za-z0-9]{2,64}");
    private static final Pattern LINK_ID = Pattern.compile("pl_[A-Za-z0-9]{2,64}");

    private final MollieApi api;
    private final String tenantNis;
    private final String locale;
    private final Clock clock;

    MolliePaymentProvider(MollieApi api, String tenantNis, String locale, Clock clock) {
        this.api = api;
        this.tenantNis = tenantNis;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public CreatedPayment createPayment(PaymentRequest request) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", MollieAmount.toJson(request.amount()))
                .add("description", description(request.description()));
        putIfPresent(body, "redirectUrl", request.returnUrl());
        putIfPresent(body, "webhookUrl", request.webhookUrl());
        if (locale != null) {
            body.add("locale", locale);
        }
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        request.metadata().forEach(metadata::add);
        metadata.add("tenantNis", tenantNis);
        if (request.structuredReference() != null) {
            metadata.add("structuredReference", request.structuredReference());
        }
        body.add("metadata", metadata);

        JsonObject payment = api.post("/payments", body.build(), request.idempotencyKey(), "a new payment");
        try {
            String id = paymentId(payment);
            String status = JsonInput.requiredString(payment, "status");
            URI checkout = link(payment, "checkout")
                    .orElseThrow(() -> PluginException.permanent(
                            "Mollie gave payment " + id + " (status " + status + ") no checkout link"));
            Money amount = amount(payment, "amount").orElse(request.amount());
            return new CreatedPayment(
                    id,
                    checkout,
                    time(payment, "expiresAt"),
                    MollieStatuses.map(
                            status, amount, amount(payment, "amountRefunded").orElse(zero(amount))));
        } catch (JsonException e) {
            throw unexpected("the new payment", e);
        }
    }

    /** The platform no longer uses this provider (new settings, or shutting down). */
    @Override
    public void close() {
        api.shutdown();
    }

    @Override
    public PaymentNotice parseWebhook(InboundRequest request) throws RejectedRequestException {
        return MollieWebhook.parse(request);
    }

    @Override
    public PaymentSnapshot fetchPayment(String providerPaymentId) {
        String id = checkedPaymentId(providerPaymentId);
        JsonObject payment = api.get("/payments/" + id, "payment " + id);
        try {
            String status = JsonInput.requiredString(payment, "status");
            Money amount = amount(payment, "amount").orElseThrow(() -> new JsonException("'amount' is missing"));
            Money refunded = amount(payment, "amountRefunded").orElse(zero(amount));
            return new PaymentSnapshot(
                    paymentId(payment),
                    MollieStatuses.map(status, amount, refunded),
                    status,
                    amount,
                    refunded,
                    time(payment, "paidAt"));
        } catch (JsonException e) {
            throw unexpected("payment " + id, e);
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        String id = checkedPaymentId(request.providerPaymentId());
        JsonObjectBuilder body = Json.createObjectBuilder().add("amount", MollieAmount.toJson(request.amount()));
        if (request.description() != null && !request.description().isBlank()) {
            body.add("description", description(request.description()));
        }
        JsonObject refund = api.post(
                "/payments/" + id + "/refunds", body.build(), request.idempotencyKey(), "a refund of payment " + id);
        try {
            String refundId = JsonInput.requiredString(refund, "id");
            if (!REFUND_ID.matcher(refundId).matches()) {
                throw new JsonException("refund id '" + refundId + "' is not a Mollie refund id");
            }
            return new RefundResult(refundId, JsonInput.requiredString(refund, "status"));
        } catch (JsonException e) {
            throw unexpected("the refund of payment " + id, e);
        }
    }

    @Override
    public PaymentLink createPaymentLink(PaymentLinkRequest request) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", MollieAmount.toJson(request.amount()))
                .add("description", description(request.description()));
        putIfPresent(body, "redirectUrl", request.redirectUrl());
        putIfPresent(body, "webhookUrl", request.webhookUrl());
        if (request.expiresAt() != null) {
            body.add(
                    "expiresAt",
                    MOLLIE_TIME.format(
                            request.expiresAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        }
        JsonObject link = api.post("/payment-links", body.build(), request.idempotencyKey(), "a new payment link");
        try {
            String linkId = JsonInput.requiredString(link, "id");
            if (!LINK_ID.matcher(linkId).matches()) {
                throw new JsonException("payment link id '" + linkId + "' is not a Mollie payment link id");
            }
            URI url = link(link, "paymentLink")
                    .orElseThrow(() -> new JsonException("'_links.paymentLink.href' is missing"));
            return new PaymentLink(linkId, url, time(link, "expiresAt"));
        } catch (JsonException e) {
            throw unexpected("the new payment link", e);
        }
    }

    /**
     * Mollie's payment link object says when it was paid ({@code paidAt}) but not by which payment, so the snapshot
     * has no payment id. A link whose {@code expiresAt} has passed unpaid is expired, whatever {@code archived} says.
     */
    @Override
    public PaymentLinkSnapshot fetchPaymentLink(String providerLinkId) {
        String id = checkedLinkId(providerLinkId);
        JsonObject link = api.get("/payment-links/" + id, "payment link " + id);
        try {
            String linkId = JsonInput.requiredString(link, "id");
            if (!linkId.equals(id)) {
                throw new JsonException("it is about payment link '" + shown(linkId) + "'");
            }
            JsonValue archived = link.get("archived");
            if (archived != null
                    && archived != JsonValue.NULL
                    && archived != JsonValue.TRUE
                    && archived != JsonValue.FALSE) {
                throw new JsonException("'archived' must be true or false");
            }
            Instant paidAt = time(link, "paidAt");
            if (paidAt != null) {
                return new PaymentLinkSnapshot(id, PaymentStatus.PAID, paidAt, null);
            }
            Instant expiresAt = time(link, "expiresAt");
            boolean expired = expiresAt != null && !clock.instant().isBefore(expiresAt);
            return new PaymentLinkSnapshot(id, expired ? PaymentStatus.EXPIRED : PaymentStatus.OPEN, null, null);
        } catch (JsonException e) {
            throw unexpected("payment link " + id, e);
        }
    }

    private static String checkedLinkId(String id) {
        if (id == null || !LINK_ID.matcher(id).matches()) {
            throw PluginException.permanent("'" + shown(id) + "' is not a Mollie payment link id (pl_...)");
        }
        return id;
    }

    private static String shown(String id) {
        return id == null ? "" : id.length() > 80 ? id.substring(0, 80) : id;
    }

    /** Ids go into URL paths: only Mollie's own shape may, so nothing can steer the call elsewhere. */
    private static String checkedPaymentId(String id) {
        if (id == null || !MollieWebhook.PAYMENT_ID.matcher(id).matches()) {
            throw PluginException.permanent("'" + (id == null ? "" : id.length() > 80 ? id.substring(0, 80) : id)
                    + "' is not a Mollie payment id (tr_...)");
        }
        return id;
    }

    private static String paymentId(JsonObject payment) {
        String id = JsonInput.requiredString(payment, "id");
        if (!MollieWebhook.PAYMENT_ID.matcher(id).matches()) {
            throw new JsonException("payment id '" + id + "' is not a Mollie payment id");
        }
        return id;
    }

    /** {@code _links.<name>.href} as an absolute http(s) URI. */
    private static Optional<URI> link(JsonObject resource, String name) {
        Optional<JsonObject> links = JsonInput.object(resource, "_links");
        if (links.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonObject> target = JsonInput.object(links.get(), name);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String href = JsonInput.requiredString(target.get(), "href");
        try {
            URI uri = new URI(href);
            if (!uri.isAbsolute()
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new JsonException("'" + name + "' link is not an http(s) URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new JsonException("'" + name + "' link is not a URL");
        }
    }

    private static Optional<Money> amount(JsonObject resource, String name) {
        Optional<JsonObject> amount = JsonInput.object(resource, name);
        return amount.isEmpty() ? Optional.empty() : Optional.of(MollieAmount.fromJson(amount.get()));
    }

    private static Instant time(JsonObject resource, String name) {
        Optional<String> value = JsonInput.string(resource, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.get()).toInstant();
        } catch (DateTimeParseException e) {
            throw new JsonException("'" + name + "' is not an ISO 8601 time");
        }
    }

    private static Money zero(Money like) {
        return new Money(0, like.currency());
    }

    private static String description(String description) {
        return description.length() <= MAX_DESCRIPTION ? description : description.substring(0, MAX_DESCRIPTION);
    }

    private static void putIfPresent(JsonObjectBuilder body, String name, URI value) {
        if (value != null) {
            body.add(name, value.toString());
        }
    }

    /** Valid JSON in a shape we do not understand: retrying gives the same answer, so not retryable. */
    private static PluginException unexpected(String what, JsonException e) {
        return new PluginException(
                "Mollie's answer about " + what + " is not in the documented shape: " + e.getMessage(), false, e);
    }
}
