package be.ptrpas.platform.gas;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.payment.PayableItems;
import be.ptrpas.platform.payment.PaymentSettlement;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * GAS fines paid by a payment that quotes their structured reference: the payment takes the procedure's PAY step, as
 * a clerk recording the payment would. The procedure records only payment in full; a part payment, or one in a state
 * that takes no payment (handed to the collector, closed), stays with the payment for the clerk to see.
 */
@ApplicationScoped
class GasFinePayments implements PayableItems {

    private static final Logger LOG = Logger.getLogger(GasFinePayments.class.getName());

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    GasFineService fines;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean settle(PaymentSettlement settlement) {
        List<GasFine> found = tenantEm.get()
                .createQuery("select f from GasFine f where f.paymentReference = :reference", GasFine.class)
                .setParameter("reference", settlement.structuredReference())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            return false;
        }
        GasFine fine = found.get(0);
        boolean paidInFull = fine.amount() != null
                && settlement.netPaidCents() >= fine.amount().movePointRight(2).longValueExact();
        if (paidInFull && fine.state() != GasProcedure.State.PAID) {
            try {
                fines.step(
                        fine.id(),
                        Action.PAY,
                        new GasFineService.Step(
                                null,
                                "paid: payment " + settlement.paymentId() + " (" + settlement.method() + ")",
                                null,
                                null),
                        null,
                        "payment:" + settlement.paymentId(),
                        null);
            } catch (ProblemException e) {
                LOG.warning(() -> "GAS fine " + fine.reference() + " was paid by payment " + settlement.paymentId()
                        + " but takes no payment now: " + e.getMessage());
            }
        }
        return true;
    }
}
