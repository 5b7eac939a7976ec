package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The municipality the current request (or background job, see {@link TenantWork}) acts for. Set once, by the
 * access filter from the path, and never changed: a request works for exactly one tenant. Being request scoped, it
 * cannot leak to the next request served by the same thread.
 */
@RequestScoped
public class CurrentTenant {

    private String nisCode;

    public void enter(String nis) {
        if (nisCode != null && !nisCode.equals(nis)) {
            throw new IllegalStateException("this request already acts for another tenant");
        }
        this.nisCode = nis;
    }

    /**
     * Runs work for a tenant and then restores the previous state, for platform work that visits tenants one after
     * another in one context (start-up, jobs). Refuses to switch away from a tenant a request has already chosen.
     */
    <T> T callAs(String nis, Supplier<T> work) {
        if (nisCode != null && !nisCode.equals(nis)) {
            throw new IllegalStateException("this context already acts for another tenant");
        }
        String previous = nisCode;
        nisCode = nis;
        try {
            return work.get();
        } finally {
            nisCode = previous;
        }
    }

    public Optional<String> get() {
        return Optional.ofNullable(nisCode);
    }

    /** The tenant, or a failure: tenant-owned data is never read without one. */
    public String require() {
        if (nisCode == null) {
            throw new IllegalStateException("no tenant selected for tenant-owned data");
        }
        return nisCode;
    }

    /** For services that must refuse rather than crash when a caller forgot to pick a tenant. */
    public String requireOrNotFound() {
        return get().orElseThrow(() -> ProblemException.notFound("No municipality was selected."));
    }
}
