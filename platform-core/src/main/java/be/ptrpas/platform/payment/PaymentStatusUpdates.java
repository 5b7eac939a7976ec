package be.ptrpas.platform.payment;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.outbox.Outbox;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.plugin.PluginSetting;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PublicUrl;
import be.ptrpas.platform.portal.PortalCitizens;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Applies what a provider reports about a payment: the status only moves forward, each move is audited, and a paid
 * payment of a known citizen tells the citizen portal through the outbox, in the same transaction.
 */
@ApplicationScoped
public class PaymentStatusUpdates {

    @Inject
    PortalCitizens portalCitizens;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<PayableItems> payables;

    @Inject
    PassItems pass;

    @Inject
    TenantEntityManager tenantEm;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private static final String ITEM_REFERENCES = PaymentStatusUpdates.class.getName() + ".itemReferences";

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Outbox outbox;

    @Inject
    PluginSettingService settings;

    @Inject
    PublicUrl publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Payment payment, PaymentSnapshot snapshot) {
        PaymentAuditSnapshot before = PaymentAuditSnapshot.of(payment);
        long refunded = snapshot.refunded() == null ? 0 : snapshot.refunded().minorUnits();
        boolean moved = payment.observe(snapshot.status(), snapshot.providerStatus(), refunded, snapshot.paidAt());
        if (!moved) {
            return false;
        }
        audit.record("status", PaymentService.AUDIT_TYPE, payment.id(), before, PaymentAuditSnapshot.of(payment));
        settleWhatItPays(payment, "payment " + payment.status().name().toLowerCase());
        if (payment.status() == PaymentStatus.PAID && payment.citizenRrn() != null && portalConfigured()) {
            outbox.enqueue(
                    OutboxKind.PORTAL_NOTICE,
                    PluginSlot.CITIZEN_PORTAL.path(),
                    "portal:payment:" + payment.id() + ":paid",
                    portalCitizens.notice(
                            "payment-" + payment.id() + "-paid",
                            payment.citizenRrn(),
                            "payment",
                            "Betaling ontvangen: " + payment.description(),
                            publicUrl.resolve("pass/payments/" + payment.id()).toString(),
                            clock.instant()));
        }
        return true;
    }

    /**
     * Brings what the payment pays in step with it, in this transaction: the item of the pass with its structured
     * reference (a retribution, a GAS fine), whichever feature holds it; otherwise, for a payment addressed to a
     * citizen, the payment request on their pass.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settleWhatItPays(Payment payment, String note) {
        if (payment.basketId() != null) {
            settleItsItems(payment);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> itemReferences = (Set<String>) transaction.getResource(ITEM_REFERENCES);
        boolean mayPayAnItem = itemReferences == null || itemReferences.contains(payment.structuredReference());
        if (payment.structuredReference() != null && mayPayAnItem) {
            PaymentSettlement settlement = new PaymentSettlement(
                    payment.structuredReference(),
                    payment.id(),
                    payment.status(),
                    payment.amountCents(),
                    payment.refundedCents(),
                    clock.instant(),
                    payment.kind() == Payment.Kind.LINK ? "payment link" : "online");
            for (PayableItems items : payables) {
                if (items.settle(settlement)) {
                    return;
                }
            }
        }
        if (payment.citizenRrn() != null) {
            pass.record(PaymentRequestPass.entry(currentTenant.require(), payment, note));
        }
    }

    /**
     * A basket's payment pays the items it lists, each in full once it is paid; a refund is taken from the items in
     * their order ({@link ItemShares}). Each item's feature settles idempotently, and this runs only when the payment's
     * status moved (or at its creation, when it settles nothing), so an item is settled once per move.
     */
    private void settleItsItems(Payment payment) {
        List<PaymentItem> items = payment.basketId() == null
                ? List.of()
                : tenantEm.get()
                        .createQuery(
                                "select i from PaymentItem i where i.paymentId = :payment order by i.position",
                                PaymentItem.class)
                        .setParameter("payment", payment.id())
                        .getResultList();
        for (PaymentSettlement settlement : ItemShares.settlements(payment, items, clock.instant())) {
            for (PayableItems payable : payables) {
                if (payable.settle(settlement)) {
                    break;
                }
            }
        }
    }

    /**
     * Tells the rest of this transaction which structured references are items, as a bulk caller (a bank statement's
     * chunk) has looked them up once: a payment with another reference then asks no feature for its item.
     */
    void onlyTheseAreItems(Set<String> itemReferences) {
        transaction.putResource(ITEM_REFERENCES, Set.copyOf(itemReferences));
    }

    /** Applies what the provider says about a payment link: paid (by whichever payment) or expired unpaid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyLink(Payment link, PaymentLinkSnapshot snapshot) {
        return apply(
                link,
                new PaymentSnapshot(
                        link.providerPaymentId(),
                        snapshot.status(),
                        snapshot.providerPaymentId() == null ? null : "paid by " + snapshot.providerPaymentId(),
                        null,
                        null,
                        snapshot.paidAt()));
    }

    private boolean portalConfigured() {
        return settings.current(PluginSlot.CITIZEN_PORTAL)
                .map(PluginSetting::enabled)
                .orElse(false);
    }
}
