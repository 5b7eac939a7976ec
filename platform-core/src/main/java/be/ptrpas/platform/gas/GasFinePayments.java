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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
    public Set<String> referencesAmong(Set<String> structuredReferences) {
        if (structuredReferences.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(tenantEm.get()
                .createQuery(
                        "select f.paymentReference from GasFine f where f.paymentReference in :references",
                        String.class)
                .setParameter("references", structuredReferences)
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TransferApplied> receiveTransfer(String structuredReference, long cents, String entryKey) {
        List<GasFine> found = tenantEm.get()
                .createQuery("select f from GasFine f where f.paymentReference = :reference", GasFine.class)
                .setParameter("reference", structuredReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GasFine fine = found.get(0);
        long amount =
                fine.amount() == null ? 0 : fine.amount().movePointRight(2).longValueExact();
        if (fine.state() == GasProcedure.State.PAID) {
            return Optional.of(new TransferApplied(
                    GasFineHistory.AUDIT_TYPE, fine.id(), 0, cents, null)); // paid before: all of it to pay back
        }
        if (amount == 0 || cents < amount) {
            return Optional.of(new TransferApplied(
                    GasFineHistory.AUDIT_TYPE,
                    fine.id(),
                    amount,
                    0,
                    "a GAS fine records payment in full only; this transfer is " + cents / 100.0 + " EUR of "
                            + amount / 100.0));
        }
        try {
            fines.step(
                    fine.id(),
                    Action.PAY,
                    new GasFineService.Step(null, "paid by bank transfer", null, null),
                    null,
                    "transfer:" + UUID.nameUUIDFromBytes(entryKey.getBytes(StandardCharsets.UTF_8)),
                    null);
        } catch (ProblemException e) {
            return Optional.of(new TransferApplied(
                    GasFineHistory.AUDIT_TYPE,
                    fine.id(),
                    amount,
                    0,
                    "the fine takes no payment now (" + fine.state() + "): " + e.getMessage()));
        }
        return Optional.of(new TransferApplied(GasFineHistory.AUDIT_TYPE, fine.id(), 0, cents - amount, null));
    }

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
                        // One payment may pay several fines (a basket): the step's key names the fine too.
                        "payment:" + settlement.paymentId() + ":" + fine.id(),
                        null);
            } catch (ProblemException e) {
                LOG.warning(() -> "GAS fine " + fine.reference() + " was paid by payment " + settlement.paymentId()
                        + " but takes no payment now: " + e.getMessage());
            }
        }
        return true;
    }
}
