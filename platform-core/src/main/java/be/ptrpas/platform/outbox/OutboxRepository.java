package be.ptrpas.platform.outbox;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records what a channel reports about an item after its delivery (the claim and its outcome: the queue's). */
@ApplicationScoped
public class OutboxRepository {

    @Inject
    TenantEntityManager tenantEm;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordReceipt(String slot, String providerRef, String deliveryStatus) {
        tenantEm.get()
                .createQuery(
                        "select o from OutboxMessage o where o.slot = :slot and o.providerRef = :ref",
                        OutboxMessage.class)
                .setParameter("slot", slot)
                .setParameter("ref", providerRef)
                .getResultStream()
                .forEach(item -> item.receipt(deliveryStatus));
    }
}
