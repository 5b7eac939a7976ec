package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.payment.PayableItems;
import be.ptrpas.platform.payment.PaymentSettlement;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Retributions paid by a payment that quotes their structured reference, whoever started it (the citizen from their
 * pass, a clerk's payment link, a bank transfer): the retribution's money state follows the payment.
 */
@ApplicationScoped
class RetributionPayments implements PayableItems {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    @Inject
    PassItems pass;

    @Inject
    CurrentTenant currentTenant;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> referencesAmong(Set<String> structuredReferences) {
        if (structuredReferences.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(tenantEm.get()
                .createQuery(
                        "select r.paymentReference from Retribution r where r.paymentReference in :references",
                        String.class)
                .setParameter("references", structuredReferences)
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TransferApplied> receiveTransfer(String structuredReference, long cents, String entryKey) {
        Optional<Retribution> found = locked(structuredReference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Retribution retribution = found.get();
        if (retribution.status() == Retribution.Status.CANCELLED || retribution.status() == Retribution.Status.REVIEW) {
            return Optional.of(new TransferApplied(
                    RetributionService.AUDIT_TYPE,
                    retribution.id(),
                    0,
                    0,
                    "the retribution is " + retribution.status().name().toLowerCase()
                            + ": whether to keep or pay back the transfer is a person's call"));
        }
        long amount = retribution.amount().movePointRight(2).longValueExact();
        long received = retribution.paidCents() + cents;
        RetributionView before = RetributionView.of(retribution);
        retribution.settle(received, retribution.refundedCents());
        tenantEm.get().flush();
        audit.record(
                "bank-transfer",
                RetributionService.AUDIT_TYPE,
                retribution.id(),
                before,
                RetributionView.of(retribution));
        pass.record(RetributionPass.entry(
                currentTenant.require(),
                retribution,
                received >= amount ? "paid by bank transfer" : "partly paid by bank transfer"));
        return Optional.of(new TransferApplied(
                RetributionService.AUDIT_TYPE,
                retribution.id(),
                Math.max(0, amount - received),
                Math.max(0, received - amount),
                null));
    }

    private Optional<Retribution> locked(String structuredReference) {
        return tenantEm.get()
                .createQuery("select r from Retribution r where r.paymentReference = :reference", Retribution.class)
                .setParameter("reference", structuredReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean settle(PaymentSettlement settlement) {
        List<Retribution> found = tenantEm.get()
                .createQuery("select r from Retribution r where r.paymentReference = :reference", Retribution.class)
                .setParameter("reference", settlement.structuredReference())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            return false;
        }
        Retribution retribution = found.get(0);
        RetributionView before = RetributionView.of(retribution);
        long paid = settlement.netPaidCents();
        long refunded = settlement.refundedCents();
        if (retribution.settle(paid, refunded)) {
            tenantEm.get().flush();
            audit.record(
                    "payment",
                    RetributionService.AUDIT_TYPE,
                    retribution.id(),
                    before,
                    RetributionView.of(retribution));
            String note = refunded > 0
                    ? "refunded (" + settlement.method() + ")"
                    : retribution.status() == Retribution.Status.PAID
                            ? "paid (" + settlement.method() + ")"
                            : paid > 0 ? "partly paid (" + settlement.method() + ")" : "payment " + settlement.status();
            pass.record(RetributionPass.entry(currentTenant.require(), retribution, note));
        }
        return true;
    }
}
