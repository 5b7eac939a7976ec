package be.ptrpas.platform.background;

import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.Tenant;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link TenantJob} for every municipality on a sweep ({@code ptr.worker.sweep-ms}, default 5 s; the
 * municipalities spread evenly over the period by {@link SweepPacer}), and for signalled municipalities within a tick
 * ({@code ptr.worker.tick-ms}, default 250 ms). Each visit stays inside one
 * municipality's row-level security. Municipalities are visited in parallel on {@code ptr.worker.threads} threads
 * (default 4), never two visits of the same one at a time: a municipality whose vendor is slow occupies one thread,
 * the others go on. One municipality's failure is logged and never stops the others. With several instances each
 * runs its own loop; the queues claim their rows with a lease so that no two instances work on one at once.
 *
 * <p>Its thread comes from the application's {@link ManagedThreadFactory} (a CDI bean, not an EJB: a task scheduled
 * from an EJB call carries that call's invocation context, which Payara then fails to reset on every run).
 */
@ApplicationScoped
public class BackgroundLoop {

    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    @Inject
    Instance<TenantJob> jobs;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantWork tenantWork;

    @Inject
    WorkSignal signal;

    @Inject
    Caller caller;

    @Inject
    BackgroundLoop self;

    @Inject
    @ConfigProperty(name = "ptr.worker.tick-ms", defaultValue = "250")
    long tickMillis;

    @Inject
    @ConfigProperty(name = "ptr.worker.sweep-ms", defaultValue = "5000")
    long sweepMillis;

    @Inject
    @ConfigProperty(name = "ptr.worker.threads", defaultValue = "4")
    int workerThreads;

    private ScheduledThreadPoolExecutor executor;
    private ExecutorService visits;
    private final Set<String> visiting = ConcurrentHashMap.newKeySet();
    private final Set<String> missed = ConcurrentHashMap.newKeySet();
    private SweepPacer sweep;

    synchronized void start() {
        if (executor != null) {
            return;
        }
        sweep = new SweepPacer(sweepMillis, tickMillis);
        executor = new ScheduledThreadPoolExecutor(1, threads);
        visits = Executors.newFixedThreadPool(workerThreads, threads);
        executor.scheduleWithFixedDelay(this::tick, 1000, tickMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Background worker started: tick " + tickMillis + " ms, sweep " + sweepMillis + " ms");
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            visits.shutdownNow();
        }
    }

    private void visit(String nis, List<TenantJob> all, boolean sweepOnly) {
        try {
            List<TenantJob> due = all;
            if (sweepOnly) {
                try {
                    due = tenantWork.callAs(nis, () -> self.jobsWithWork(all));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Background work probe failed for " + nis + "; running every job", e);
                }
            }
            for (TenantJob job : due) {
                try {
                    tenantWork.runAs(nis, () -> {
                        caller.actAsSystem("worker");
                        job.runFor(nis);
                    });
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Background job " + job.getClass().getSimpleName() + " failed for " + nis,
                            e);
                }
            }
        } finally {
            visiting.remove(nis);
        }
    }

    /** The jobs that may have work for the current municipality, asked in one transaction. */
    @Transactional
    public List<TenantJob> jobsWithWork(List<TenantJob> all) {
        Instant now = clock.instant();
        return all.stream().filter(job -> job.mayHaveWork(now)).toList();
    }

    @Transactional
    public List<String> tenantIds() {
        return tenants.all().stream().map(Tenant::nisCode).toList();
    }

    private void tick() {
        try {
            long now = System.nanoTime() / 1_000_000; // paces the sweep: the monotonic clock
            // Signalled (and earlier missed) municipalities run every job; the others, only visited because of the
            // sweep, run the jobs that report work (one transaction for an idle municipality).
            Set<String> signalled = new HashSet<>(signal.drain());
            signalled.addAll(missed);
            missed.clear();
            Set<String> wanted = new LinkedHashSet<>(signalled);
            wanted.addAll(sweep.dueAt(now, self::tenantIds));
            List<TenantJob> all = jobs.stream().toList();
            for (String nis : wanted) {
                if (!visiting.add(nis)) {
                    missed.add(nis); // still busy with the previous visit: come back next tick
                    continue;
                }
                boolean sweepOnly = !signalled.contains(nis);
                visits.execute(() -> visit(nis, all, sweepOnly));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background worker tick failed", e);
        }
    }
}
