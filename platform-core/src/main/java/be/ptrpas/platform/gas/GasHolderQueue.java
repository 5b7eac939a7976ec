package be.ptrpas.platform.gas;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.enforcement.charge.HolderQueue;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * GAS 4 proposals from scan cars are addressed to the plate's registered holder: found in the vehicle register, the
 * fine can be notified; not found, a clerk names the offender at the notification.
 */
@ApplicationScoped
public class GasHolderQueue implements HolderQueue {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    @Inject
    PassItems pass;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public WorkProbe waiting() {
        return WorkProbe.GAS_FINE_HOLDERS;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> awaitingHolder(int limit) {
        return tenantEm.get()
                .createQuery(
                        "select f.id from GasFine f where f.holderLookup = :pending " + "order by f.offenceAt",
                        String.class)
                .setParameter("pending", GasFine.HolderLookup.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String plateOf(String id) {
        return tenantEm.get().find(GasFine.class, id).plate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holderResolved(String id, Optional<String> holderId) {
        GasFine fine = tenantEm.get().find(GasFine.class, id);
        if (fine == null || fine.holderLookup() != GasFine.HolderLookup.PENDING) {
            return;
        }
        GasFineView before = GasFineView.of(fine);
        // The register names a person by national number, a company (lease and company cars) by company number.
        holderId.map(holder -> NationalNumber.isValid(holder)
                        ? new GasFine.Party(holder, null, null)
                        : new GasFine.Party(null, holder, null))
                .ifPresentOrElse(fine::holderFound, fine::holderUnknown);
        tenantEm.get().flush();
        audit.record("holder", GasFineHistory.AUDIT_TYPE, id, before, GasFineView.of(fine));
        pass.record(GasFinePass.entry(currentTenant.require(), fine, "holder found"));
    }
}
