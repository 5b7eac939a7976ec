package be.ptrpas.platform.payment;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.PublicUrl;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.payment.CreatedPayment;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentRequest;
import be.ptrpas.spi.payment.PaymentSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Payments through the municipality's payment provider. Every money-changing call needs an idempotency key: the
 * same key returns the first result (and never reaches the provider twice), the same key with other content is
 * refused. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    static final String AUDIT_TYPE = "payment";
    private static final long MAX_CENTS = 100_000_000L; // one million euro: nothing the platform sells costs more
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TenantPlugins plugins;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PublicUrl publicUrl;

    @Inject
    PaymentSettingsService settings;

    @Inject
    AuditLog audit;

    @Inject
    PaymentStatusUpdates statusUpdates;

    /** A payment and whether it existed already under the same idempotency key. */
    public record Created(PaymentView payment, boolean existing) {}

    public Created create(PaymentRequestDetails details, String idempotencyKey) {
        return create(Payment.Kind.PAYMENT, details, idempotencyKey);
    }

    public Created createLink(PaymentRequestDetails details, String idempotencyKey) {
        return create(Payment.Kind.LINK, details, idempotencyKey);
    }

    private Created create(Payment.Kind kind, PaymentRequestDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        validate(details, kind);
        if (details.returnUrl() != null
                && !ReturnOrigins.allows(details.returnUrl(), settings.current().returnOrigins(), publicUrl.base())) {
            throw ProblemException.invalid(
                    "returnUrl",
                    "must be on one of the municipality's allowed return origins "
                            + "(its admin lists them in payment-settings) or on the platform's own address");
        }
        Optional<Payment> existing = byKey(idempotencyKey);
        if (existing.isPresent()) {
            Payment first = existing.get();
            boolean same = first.kind() == kind
                    && first.amountCents() == details.amountCents()
                    && first.description().equals(details.description().strip())
                    && (details.structuredReference() == null
                            || StructuredReference.parse(details.structuredReference())
                                    .map(StructuredReference::digits)
                                    .orElse("")
                                    .equals(first.structuredReference()));
            if (!same) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key " + idempotencyKey
                                + " was used for another payment; use a new key for a new payment.");
            }
            return new Created(PaymentView.of(first), true);
        }
        String reference = details.structuredReference() == null
                ? newReference()
                : StructuredReference.parse(details.structuredReference())
                        .orElseThrow()
                        .digits();
        ActivePlugin<PaymentProvider> provider = plugins.require(PluginSlot.PAYMENT, PaymentProvider.class);
        URI webhook = plugins.callbackUrl(PluginSlot.PAYMENT);
        // Without a return address the payer comes back to the payment's own page on the pass, not to a bare address.
        String id = UUID.randomUUID().toString();
        URI returnTo = details.returnUrl() == null
                ? publicUrl.resolve("pass/payments/" + id)
                : URI.create(details.returnUrl());
        // The provider's key is scoped to the municipality: two municipalities may pick the same key.
        String nis = currentTenant.require();
        String providerKey = nis + ":" + idempotencyKey;
        Money amount = Money.euro(details.amountCents());
        String description = details.description().strip();
        Payment payment;
        if (kind == Payment.Kind.PAYMENT) {
            PaymentRequest request = new PaymentRequest(
                    amount, description, reference, returnTo, webhook, providerKey, Map.of("tenant", nis));
            CreatedPayment created = call(provider, "createPayment", p -> p.createPayment(request));
            payment = new Payment(
                    kind,
                    idempotencyKey,
                    provider.pluginId(),
                    created.providerPaymentId(),
                    details.amountCents(),
                    description,
                    reference,
                    returnTo.toString(),
                    created.checkoutUrl().toString(),
                    created.expiresAt(),
                    created.status(),
                    details.citizenRrn());
            payment.withId(id);
        } else {
            PaymentLinkRequest request = new PaymentLinkRequest(
                    amount, description, reference, returnTo, webhook, details.expiresAt(), providerKey);
            PaymentLink link = call(provider, "createPaymentLink", p -> p.createPaymentLink(request));
            payment = new Payment(
                    kind,
                    idempotencyKey,
                    provider.pluginId(),
                    link.providerLinkId(),
                    details.amountCents(),
                    description,
                    reference,
                    returnTo.toString(),
                    link.url().toString(),
                    link.expiresAt(),
                    PaymentStatus.OPEN,
                    details.citizenRrn());
            payment.withId(id);
        }
        tenantEm.get().persist(payment);
        tenantEm.get().flush();
        PaymentView view = PaymentView.of(payment);
        audit.record("create", AUDIT_TYPE, payment.id(), null, PaymentAuditSnapshot.of(payment));
        statusUpdates.settleWhatItPays(payment, "payment requested");
        return new Created(view, false);
    }

    /**
     * Whether the municipality can take a payment of these items now, without creating anything: a provider is
     * configured, and no item is being paid by another open payment (a checkout not yet finished nor expired). A
     * basket asks every municipality first, so that a refusal in one leaves nothing created in another.
     */
    public void checkPayable(ItemsPayment request) {
        plugins.require(PluginSlot.PAYMENT, PaymentProvider.class);
        List<String> references = request.lines().stream()
                .map(ItemsPayment.Line::structuredReference)
                .toList();
        List<Object[]> open = tenantEm.get()
                .createQuery(
                        "select i.passItemId, p.expiresAt from PaymentItem i, Payment p where i.paymentId = p.id"
                                + " and i.structuredReference in :references and p.status in :open"
                                + " and p.idempotencyKey <> :key",
                        Object[].class)
                .setParameter("references", references)
                .setParameter("open", List.of(PaymentStatus.OPEN, PaymentStatus.PENDING, PaymentStatus.AUTHORIZED))
                .setParameter("key", request.idempotencyKey())
                .getResultList();
        for (Object[] row : open) {
            Instant expiresAt = (Instant) row[1];
            if (expiresAt == null || expiresAt.isAfter(clock.instant())) {
                throw new ProblemException(
                        ProblemType.BASKET_ITEM_BEING_PAID,
                        "Item " + row[0] + " is being paid in another basket whose checkout is still open;"
                                + " finish or cancel that checkout first, or wait until it expires.");
            }
        }
    }

    /**
     * One payment of several of this municipality's items (a basket's share), through its provider. The same key
     * returns the first payment and never reaches the provider twice; the same key for other items is refused. The
     * payment quotes the item's own structured reference when it pays one item (so a bank transfer quoting it still
     * finds it), a fresh one when it pays several; either way it lists its items, which are settled in full when it is
     * paid.
     */
    public Created createForItems(ItemsPayment request) {
        IdempotencyKey.require(request.idempotencyKey());
        Optional<Payment> existing = byKey(request.idempotencyKey());
        if (existing.isPresent()) {
            Payment first = existing.get();
            List<String> references = itemsOf(first.id()).stream()
                    .map(PaymentItem::structuredReference)
                    .toList();
            boolean same = Objects.equals(first.basketId(), request.basketId())
                    && first.amountCents() == request.amountCents()
                    && references.equals(request.lines().stream()
                            .map(ItemsPayment.Line::structuredReference)
                            .toList());
            if (!same) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key " + request.idempotencyKey()
                                + " was used for a payment of other items; use a new key for a new basket.");
            }
            return new Created(PaymentView.of(first), true);
        }
        checkPayable(request);
        if (request.amountCents() <= 0 || request.amountCents() > MAX_CENTS) {
            throw ProblemException.invalid("items", "the amount due must be between 1 and " + MAX_CENTS + " cents");
        }
        String reference = request.lines().size() == 1 ? request.lines().get(0).structuredReference() : newReference();
        ActivePlugin<PaymentProvider> provider = plugins.require(PluginSlot.PAYMENT, PaymentProvider.class);
        String nis = currentTenant.require();
        String description = truncate(request.description().strip(), 300);
        PaymentRequest providerRequest = new PaymentRequest(
                Money.euro(request.amountCents()),
                description,
                reference,
                request.returnUrl(),
                plugins.callbackUrl(PluginSlot.PAYMENT),
                nis + ":" + request.idempotencyKey(),
                Map.of("tenant", nis, "basket", request.basketId()));
        CreatedPayment created = call(provider, "createPayment", p -> p.createPayment(providerRequest));
        Payment payment = new Payment(
                        Payment.Kind.PAYMENT,
                        request.idempotencyKey(),
                        provider.pluginId(),
                        created.providerPaymentId(),
                        request.amountCents(),
                        description,
                        reference,
                        request.returnUrl().toString(),
                        created.checkoutUrl().toString(),
                        created.expiresAt(),
                        created.status(),
                        request.citizenRrn())
                .inBasket(request.basketId());
        tenantEm.get().persist(payment);
        tenantEm.get().flush();
        int position = 0;
        for (ItemsPayment.Line line : request.lines()) {
            tenantEm.get().persist(new PaymentItem(payment.id(), position++, line));
        }
        tenantEm.get().flush();
        audit.record("create", AUDIT_TYPE, payment.id(), null, PaymentAuditSnapshot.of(payment));
        statusUpdates.settleWhatItPays(payment, "payment requested");
        return new Created(PaymentView.of(payment), false);
    }

    /** The items a payment pays, in their order; empty for a payment of one reference. */
    public List<PaymentItem> itemsOf(String paymentId) {
        return tenantEm.get()
                .createQuery(
                        "select i from PaymentItem i where i.paymentId = :payment order by i.position",
                        PaymentItem.class)
                .setParameter("payment", paymentId)
                .getResultList();
    }

    /** A payment of this municipality, if it has one with this id. */
    public Optional<PaymentView> lookup(String id) {
        Payment payment = id == null ? null : tenantEm.get().find(Payment.class, id);
        return Optional.ofNullable(payment).map(PaymentView::of);
    }

    public PaymentView get(String id) {
        return PaymentView.of(find(id));
    }

    public List<PaymentView> list(String status, int limit) {
        PaymentStatus wanted = null;
        if (status != null) {
            wanted = Arrays.stream(PaymentStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid("status", "is not a payment status"));
        }
        var query = tenantEm.get()
                .createQuery(
                        "select p from Payment p" + (wanted == null ? "" : " where p.status = :status")
                                + " order by p.createdAt desc",
                        Payment.class);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        return query.setMaxResults(limit).getResultStream().map(PaymentView::of).toList();
    }

    /** Asks the provider for the current status now (a clerk on the phone with a citizen who says they paid). */
    public PaymentView refresh(String id) {
        Payment payment = find(id);
        ActivePlugin<PaymentProvider> provider = plugins.require(PluginSlot.PAYMENT, PaymentProvider.class);
        if (payment.kind() == Payment.Kind.LINK) {
            String linkId = payment.providerPaymentId();
            statusUpdates.applyLink(payment, call(provider, "fetchPaymentLink", p -> p.fetchPaymentLink(linkId)));
            return PaymentView.of(payment);
        }
        String providerPaymentId = payment.providerPaymentId();
        PaymentSnapshot snapshot = call(provider, "fetchPayment", p -> p.fetchPayment(providerPaymentId));
        statusUpdates.apply(payment, snapshot);
        return PaymentView.of(payment);
    }

    public PaymentView refund(String id, RefundDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        if (details == null || details.amountCents() == null) {
            throw ProblemException.invalid("amountCents", "is required");
        }
        // Locked until the refund is recorded: two refunds at once must not both see the same refundable amount.
        Payment payment = find(id);
        tenantEm.get().lock(payment, LockModeType.PESSIMISTIC_WRITE);
        tenantEm.get().refresh(payment);
        Optional<PaymentRefund> earlier = tenantEm.get()
                .createQuery("select r from PaymentRefund r where r.idempotencyKey = :key", PaymentRefund.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().paymentId().equals(id)
                    || !Objects.equals(earlier.get().amountCents(), details.amountCents())) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key " + idempotencyKey + " was used for another refund.");
            }
            return PaymentView.of(payment);
        }
        if (details.amountCents() <= 0 || details.amountCents() > MAX_CENTS) {
            throw ProblemException.invalid("amountCents", "must be between 1 and " + MAX_CENTS + " cents");
        }
        if (payment.status() != PaymentStatus.PAID) {
            throw ProblemException.conflict(
                    "Only a paid payment can be refunded; this one is " + payment.status() + ".");
        }
        long refundable = payment.amountCents() - payment.refundedCents();
        if (details.amountCents() > refundable) {
            throw ProblemException.invalid("amountCents", "at most " + refundable + " cents can still be refunded");
        }
        PaymentAuditSnapshot before = PaymentAuditSnapshot.of(payment);
        ActivePlugin<PaymentProvider> provider = plugins.require(PluginSlot.PAYMENT, PaymentProvider.class);
        String description =
                details.description() == null || details.description().isBlank()
                        ? "Terugbetaling " + payment.description()
                        : details.description().strip();
        // Built here: the provider runs on a plug-in thread, outside this request.
        RefundRequest refund = new RefundRequest(
                payment.providerPaymentId(),
                Money.euro(details.amountCents()),
                truncate(description, 140),
                currentTenant.require() + ":" + idempotencyKey);
        RefundResult result = call(provider, "refund", p -> p.refund(refund));
        tenantEm.get()
                .persist(new PaymentRefund(
                        id, idempotencyKey, details.amountCents(), result.providerRefundId(), result.status()));
        payment.refunded(details.amountCents());
        tenantEm.get().flush();
        PaymentView after = PaymentView.of(payment);
        audit.record("refund", AUDIT_TYPE, id, before, PaymentAuditSnapshot.of(payment));
        statusUpdates.settleWhatItPays(payment, "refund");
        return after;
    }

    Payment find(String id) {
        Payment payment = id == null ? null : tenantEm.get().find(Payment.class, id);
        if (payment == null) {
            throw ProblemException.notFound("No payment " + id + ".");
        }
        return payment;
    }

    private Optional<Payment> byKey(String key) {
        return tenantEm.get()
                .createQuery("select p from Payment p where p.idempotencyKey = :key", Payment.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static <T> T call(
            ActivePlugin<PaymentProvider> provider, String operation, Function<PaymentProvider, T> work) {
        try {
            return provider.call(operation, work);
        } catch (PluginCallException e) {
            if (e.kind() == FailureKind.REFUSED) {
                throw new ProblemException(
                        ProblemType.PLUGIN_REFUSED, "The payment provider refused: " + e.getMessage());
            }
            throw new ProblemException(
                    ProblemType.PLUGIN_UNAVAILABLE,
                    "The payment provider cannot be reached right " + "now ("
                            + e.kind().name().toLowerCase() + "); try again with the same Idempotency-Key.");
        }
    }

    private void validate(PaymentRequestDetails details, Payment.Kind kind) {
        if (details == null) {
            throw ProblemException.invalid("body", "a payment is required");
        }
        Violations v = new Violations();
        if (v.required("amountCents", details.amountCents())
                && (details.amountCents() <= 0 || details.amountCents() > MAX_CENTS)) {
            v.add("amountCents", "must be between 1 and " + MAX_CENTS + " cents");
        }
        if (v.required("description", details.description())) {
            if (details.description().isBlank()) {
                v.add("description", "must not be blank");
            }
            v.maxLength("description", details.description(), 300);
        }
        if (details.structuredReference() != null
                && StructuredReference.parse(details.structuredReference()).isEmpty()) {
            v.add("structuredReference", "is not a valid structured reference (12 digits, mod-97 check)");
        }
        if (details.returnUrl() != null && !isHttpUrl(details.returnUrl())) {
            v.add("returnUrl", "must be an absolute http(s) URL");
        }
        if (details.citizenRrn() != null && !NationalNumber.isValid(details.citizenRrn())) {
            v.add("citizenRrn", "is not a valid national number (11 digits)");
        }
        if (details.expiresAt() != null && kind == Payment.Kind.PAYMENT) {
            v.add("expiresAt", "is only for payment links; the provider sets a payment's expiry");
        }
        if (details.expiresAt() != null && details.expiresAt().isBefore(clock.instant())) {
            v.add("expiresAt", "must be in the future");
        }
        v.throwIfAny();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute()
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && value.length() <= 2000;
        } catch (Exception e) {
            return false;
        }
    }

    private static String newReference() {
        return StructuredReference.of(Math.floorMod(RANDOM.nextLong(), 10_000_000_000L))
                .digits();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
