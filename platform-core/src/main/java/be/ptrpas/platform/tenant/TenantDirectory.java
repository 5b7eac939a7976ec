package be.ptrpas.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read access to the platform-wide list of municipalities; needs no tenant. */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    public boolean exists(String nisCode) {
        return nisCode != null && TenantDetails.NIS.matcher(nisCode).matches() && em.find(Tenant.class, nisCode) != null;
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.nisCode", Tenant.class).getResultList();
    }
}
