package be.ptrpas.platform.background;

import be.ptrpas.platform.tenant.Tenant;
import be.ptrpas.platform.tenant.TenantDirectory;
import be.ptrpas.platform.tenancy.TenantWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link TenantJob} for every municipality on a sweep ({@code ptr.worker.sweep-ms}, default 5 s), and for
 * signalled municipalities within a tick ({@code ptr.worker.tick-ms}, default 250 ms). Visiting municipalities one by
 * one keeps each visit inside that municipality's row-level security; one municipality's failure is logged and never
 * stops the others. With several instances each runs its own worker; the jobs claim work so that nothing is done twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<TenantJob> jobs;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantWork tenantWork;

    @Inject
    WorkSignal signal;

    @Inject
    be.ptrpas.platform.security.Caller caller;

    @Inject
    @ConfigProperty(name = "ptr.worker.tick-ms", defaultValue = "250")
    long tickMillis;

    @Inject
    @ConfigProperty(name = "ptr.worker.sweep-ms", defaultValue = "5000")
    long sweepMillis;

    private ScheduledFuture<?> ticking;
    private volatile long lastSweep;
    private volatile boolean running;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1000, tickMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        if (running) {
            return;
        }
        running = true;
        try {
            long now = System.currentTimeMillis();
            Set<String> due;
            if (now - lastSweep >= sweepMillis) {
                signal.drain();
                due = Set.copyOf(tenants.all().stream().map(Tenant::nisCode).toList());
                lastSweep = now;
            } else {
                due = signal.drain();
            }
            List<TenantJob> all = jobs.stream().toList();
            for (String nis : due) {
                for (TenantJob job : all) {
                    try {
                        tenantWork.runAs(nis, () -> {
                            caller.actAsSystem("worker");
                            job.runFor(nis);
                        });
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Background job " + job.getClass().getSimpleName() + " failed for " + nis, e);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background worker tick failed", e);
        } finally {
            running = false;
        }
    }
}
