package be.ptrpas.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The platform-wide registers (disabled-person cards) a municipality's read also drew from: the offline rights export
 * ends with the plates cards cover. Such a read is recorded twice by {@link ReadAuditFilter}: in the municipality's
 * trail, as every read, and in the register's own trail (no tenant, {@code GET /audit/reads}), so the register's
 * keeper sees every read of it, also those made through a municipality.
 */
@RequestScoped
public class PlatformRegisterReads {

    private final Set<String> resources = new LinkedHashSet<>();

    /** Notes that this request's answer holds items of the register named {@code resource} (e.g. disabled-card). */
    public void read(String resource) {
        resources.add(resource);
    }

    /** The registers noted so far in this request. */
    public Set<String> resources() {
        return Set.copyOf(resources);
    }
}
