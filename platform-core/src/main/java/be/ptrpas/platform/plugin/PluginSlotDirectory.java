package be.ptrpas.platform.plugin;

import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which municipalities use a slot, across municipalities, in one query. The plug-in settings cannot answer that: they
 * are tenant-owned (row-level security shows one municipality per transaction), so asking them would take one
 * transaction per municipality. {@link PluginSlotUse} rows, kept beside the settings, hold only the choice.
 *
 * <p>The answer is kept for a few seconds per slot, because the citizen's pass asks it on every first page (which
 * municipalities have a dossier source) and it changes only when an admin changes a plug-in: a change on this instance
 * drops the copy at once, a change on another instance (or a municipality suspended) shows here within the copy's
 * age.
 */
@ApplicationScoped
public class PluginSlotDirectory {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.plugins.slot-directory-max-age-ms", defaultValue = "10000")
    long maxAgeMillis;

    private record Copy(List<SlotUser> users, long readAt) {}

    private final Map<PluginSlot, Copy> copies = new ConcurrentHashMap<>();

    /** A municipality that has an enabled plug-in in the slot; {@code name} may be null if it has none. */
    public record SlotUser(String nis, LocalizedText name, String providerId) {}

    /** The active municipalities with an enabled plug-in in this slot, by NIS code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotUser> using(PluginSlot slot) {
        long now = clock.millis();
        Copy copy = copies.get(slot);
        if (copy != null && now - copy.readAt() >= 0 && now - copy.readAt() <= maxAgeMillis) {
            return copy.users();
        }
        List<SlotUser> users = read(slot);
        copies.put(slot, new Copy(users, now));
        return users;
    }

    void settingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
        copies.remove(change.slot());
    }

    private List<SlotUser> read(PluginSlot slot) {
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
