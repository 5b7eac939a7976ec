package be.ptrpas.platform.tenant;

import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.security.KnownTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read access to the platform-wide list of municipalities; needs no tenant.
 *
 * <p>Every request with a {@code {nis}} in its path asks {@link #exists}, so the set of NIS codes is kept in memory and
 * read again from the database at most every {@link #FRESH_MILLIS}. Only "yes" is answered from memory: a code not in
 * the set is looked up in the database, so a municipality onboarded on another instance is known at once. A removal
 * (the platform has none yet) would be seen within {@link #FRESH_MILLIS} on other instances; on this one call
 * {@link #forget()}.
 */
@ApplicationScoped
public class TenantDirectory implements KnownTenants {

    static final long FRESH_MILLIS = 30_000;

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    private record Known(Set<String> codes, long readAt) {}

    private volatile Known known;

    @Override
    public boolean exists(String nisCode) {
        if (nisCode == null || !TenantDetails.NIS.matcher(nisCode).matches()) {
            return false;
        }
        Known current = known;
        long now = System.nanoTime() / 1_000_000; // an age, not a moment: the monotonic clock
        if (current == null || now - current.readAt() > FRESH_MILLIS) {
            current = new Known(
                    Set.copyOf(em.createQuery("select t.nisCode from Tenant t", String.class)
                            .getResultList()),
                    now);
            known = current;
        }
        if (current.codes().contains(nisCode)) {
            return true;
        }
        if (em.find(Tenant.class, nisCode) == null) {
            return false;
        }
        known = null; // onboarded since the set was read: read it again on the next call
        return true;
    }

    /** Drops the remembered set (after a change to the list of municipalities). */
    public void forget() {
        known = null;
    }

    /** Every municipality's names, by NIS code (what other features show beside a municipality's items). */
    public Map<String, LocalizedText> names() {
        Map<String, LocalizedText> names = new HashMap<>();
        for (Tenant tenant : all()) {
            names.put(tenant.nisCode(), tenant.details().names());
        }
        return names;
    }

    /** Every municipality's NIS code, in order: the background sweep's list (no entities to build). */
    public List<String> nisCodes() {
        return em.createQuery("select t.nisCode from Tenant t order by t.nisCode", String.class)
                .getResultList();
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.nisCode", Tenant.class)
                .getResultList();
    }
}
