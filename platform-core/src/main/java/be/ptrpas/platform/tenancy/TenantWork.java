package be.ptrpas.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;

/**
 * Runs work for one tenant outside an HTTP request (start-up, timers, workers). Where no request context is active
 * it opens one for the work; where one is (an EJB start-up callback), the tenant is set for the work only and reset
 * afterwards. Either way nothing is left behind on a pooled thread.
 */
@ApplicationScoped
public class TenantWork {

    @Inject
    Provider<RequestContextController> contexts;

    @Inject
    CurrentTenant currentTenant;

    public <T> T callAs(String nisCode, Supplier<T> work) {
        RequestContextController context = contexts.get();
        boolean opened = context.activate();
        try {
            return currentTenant.callAs(nisCode, work);
        } finally {
            if (opened) {
                context.deactivate();
            }
        }
    }

    public void runAs(String nisCode, Runnable work) {
        callAs(nisCode, () -> {
            work.run();
            return null;
        });
    }
}
