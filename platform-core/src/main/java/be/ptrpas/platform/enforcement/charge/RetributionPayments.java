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
