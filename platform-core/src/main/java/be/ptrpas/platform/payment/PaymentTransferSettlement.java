package be.ptrpas.platform.payment;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.banking.BankTransfer;
import be.ptrpas.platform.banking.RemittanceReference;
import be.ptrpas.platform.banking.SettlementOutcome;
import be.ptrpas.platform.banking.SettlementOutcome.Result;
import be.ptrpas.platform.banking.TransferSettlement;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.payment.PaymentSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settles the municipality's payments from bank transfers that carry their structured reference (OGM): the amount in
 * full makes the payment paid through the payment feature's own status path ({@link PaymentStatusUpdates}: audited,
 * the citizen portal told); less leaves it open, partly paid; more makes it paid and flags the surplus for refund.
 * Only the current municipality's payments are ever looked up (the tenant-bound entity manager).
 */
@ApplicationScoped
public class PaymentTransferSettlement implements TransferSettlement {

    static final String ITEM_TYPE = PaymentService.AUDIT_TYPE;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    PaymentStatusUpdates statusUpdates;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<PayableItems> payables;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SettlementOutcome> settle(List<BankTransfer> transfers) {
        Set<String> references = transfers.stream()
                .filter(t -> t.reference().kind() == RemittanceReference.Kind.OGM)
                .map(t -> t.reference().value())
                .collect(Collectors.toSet());
        Map<String, List<Payment>> byReference = new HashMap<>();
        if (!references.isEmpty()) {
            // Locked: a provider's webhook settling the same payment meanwhile waits instead of failing the import.
            tenantEm.get()
                    .createQuery("select p from Payment p where p.structuredReference in :references", Payment.class)
                    .setParameter("references", references)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(p -> byReference
                            .computeIfAbsent(p.structuredReference(), r -> new ArrayList<>())
                            .add(p));
        }
        // Which references are items (retributions, GAS fines): one look-up per feature for the chunk. Transfers to
        // anything else (a payment of ours, or nothing) then cost no item query each, here nor when a payment settles.
        Set<String> itemReferences = new HashSet<>();
        for (PayableItems items : payables) {
            itemReferences.addAll(items.referencesAmong(references));
        }
        statusUpdates.onlyTheseAreItems(itemReferences);
        List<SettlementOutcome> outcomes = new ArrayList<>(transfers.size());
        for (BankTransfer transfer : transfers) {
            List<Payment> candidates = transfer.reference().kind() == RemittanceReference.Kind.OGM
                    ? byReference.getOrDefault(transfer.reference().value(), List.of())
                    : List.of();
            if (candidates.isEmpty()) {
                outcomes.add(
                        itemReferences.contains(transfer.reference().value())
                                ? toItem(transfer)
                                : SettlementOutcome.NO_MATCH);
            } else if (candidates.size() > 1) {
                outcomes.add(SettlementOutcome.review(
                        ITEM_TYPE,
                        null,
                        candidates.size() + " payments carry this structured reference: which one was paid is a "
                                + "person's call"));
            } else {
                outcomes.add(settle(candidates.get(0), transfer));
            }
        }
        return outcomes;
    }

    /** A transfer quoting the reference of an item (a retribution, a GAS fine) that no payment of ours carries. */
    private SettlementOutcome toItem(BankTransfer transfer) {
        for (PayableItems items : payables) {
            Optional<PayableItems.TransferApplied> applied =
                    items.receiveTransfer(transfer.reference().value(), transfer.amountCents(), transfer.entryKey());
            if (applied.isPresent()) {
                PayableItems.TransferApplied done = applied.get();
                if (done.review() != null) {
                    return SettlementOutcome.review(done.itemType(), done.itemId(), done.review());
                }
                if (done.surplusCents() > 0) {
                    return new SettlementOutcome(
                            Result.OVERPAID, done.itemType(), done.itemId(), done.surplusCents(), null);
                }
                return new SettlementOutcome(
                        done.remainingCents() == 0 ? Result.SETTLED : Result.PARTLY_PAID,
                        done.itemType(),
                        done.itemId(),
                        done.remainingCents(),
                        null);
            }
        }
        return SettlementOutcome.NO_MATCH;
    }

    private SettlementOutcome settle(Payment payment, BankTransfer transfer) {
        PaymentAuditSnapshot before = PaymentAuditSnapshot.of(payment);
        long due = payment.outstandingCents();
        long surplus = payment.receiveTransfer(transfer.amountCents());
        boolean paidNow = due > 0 && transfer.amountCents() >= due;
        if (paidNow) {
            statusUpdates.apply(
                    payment,
                    new PaymentSnapshot(
                            payment.providerPaymentId(),
                            PaymentStatus.PAID,
                            null,
                            null,
                            null,
                            transfer.bookingDate().atStartOfDay(BRUSSELS).toInstant()));
        }
        audit.record("bank-transfer", ITEM_TYPE, payment.id(), before, PaymentAuditSnapshot.of(payment));
        if (surplus > 0) {
            return new SettlementOutcome(Result.OVERPAID, ITEM_TYPE, payment.id(), surplus, null);
        }
        if (paidNow) {
            return new SettlementOutcome(Result.SETTLED, ITEM_TYPE, payment.id(), 0, null);
        }
        return new SettlementOutcome(Result.PARTLY_PAID, ITEM_TYPE, payment.id(), payment.outstandingCents(), null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public SettlementOutcome reverse(BankTransfer original, String itemType, String itemId) {
        if (!ITEM_TYPE.equals(itemType)) {
            return SettlementOutcome.NO_MATCH;
        }
        Payment payment = tenantEm.get().find(Payment.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            return SettlementOutcome.review(ITEM_TYPE, itemId, "the payment the transfer settled no longer exists");
        }
        if (payment.status() == PaymentStatus.REFUNDED || payment.refundedCents() > 0) {
            return SettlementOutcome.review(
                    ITEM_TYPE, itemId, "the payment was refunded meanwhile: undoing the transfer is a person's call");
        }
        PaymentAuditSnapshot before = PaymentAuditSnapshot.of(payment);
        payment.reverseTransfer(original.amountCents());
        audit.record("bank-transfer-reversed", ITEM_TYPE, payment.id(), before, PaymentAuditSnapshot.of(payment));
        return new SettlementOutcome(Result.REVERSED, ITEM_TYPE, payment.id(), payment.outstandingCents(), null);
    }
}
