package be.ptrpas.platform.plugin;

import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which municipalities use a slot, across municipalities, in one query. The plug-in settings cannot answer that: they
 * are tenant-owned (row-level security shows one municipality per transaction), so asking them would take one
 * transaction per municipality. {@link PluginSlotUse} rows, kept beside the settings, hold only the choice.
 */
@ApplicationScoped
public class PluginSlotDirectory {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    /** A municipality that has an enabled plug-in in the slot; {@code name} may be null if it has none. */
    public record SlotUser(String nis, LocalizedText name, String providerId) {}

    /** The active municipalities with an enabled plug-in in this slot, by NIS code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotUser> using(PluginSlot slot) {
        return em.createQuery(
                        "select u.tenantId, t.names.nl, t.names.fr, t.names.en, u.providerId"
                                + " from PluginSlotUse u, Tenant t"
                                + " where t.nisCode = u.tenantId and u.slot = :slot and u.enabled = true"
                                + " and t.status = :active order by u.tenantId",
                        Object[].class)
                .setParameter("slot", slot)
                .setParameter("active", Tenant.Status.ACTIVE)
                .getResultStream()
                .map(row -> new SlotUser(
                        (String) row[0], LocalizedText.of((String) row[1], (String) row[2], (String) row[3]), (String)
                                row[4]))
                .toList();
    }
}
