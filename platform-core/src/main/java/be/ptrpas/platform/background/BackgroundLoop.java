package be.ptrpas.platform.background;

import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Runs the {@link TenantJob}s of the municipalities that have work, found on a sweep ({@code ptr.worker.sweep-ms},
 * default 5 s: each job asked once for all municipalities, {@link SweepPlan}; the visits spread evenly over the period
 * by {@link SweepPacer}), and every job of a signalled municipality within a tick ({@code ptr.worker.tick-ms}, default
 * 250 ms). Each visit stays inside one municipality's row-level security. Municipalities are visited in parallel on
 * {@code ptr.worker.threads} threads (default 4), never two visits of the same one at a time: a municipality whose
 * vendor is slow occupies one thread, the others go on. One municipality's failure is logged and never stops the
 * others. With several instances each runs its own loop; the queues claim their rows with a lease so that no two
 * instances work on one at once.
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
    ExecutorService visits;
    private final Set<String> visiting = ConcurrentHashMap.newKeySet();
    /** Municipalities whose visit was due while the previous one still ran, with the jobs due: the next tick's. */
    private final Map<String, Collection<TenantJob>> missed = new ConcurrentHashMap<>();
    /** The jobs the sweep found work for, per municipality not handed out yet (the scheduler thread only). */
    private final Map<String, Set<TenantJob>> planned = new HashMap<>();

    SweepPacer sweep;

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

    private void visit(String nis, Collection<TenantJob> due) {
        try {
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

    @Transactional
    public List<String> tenantIds() {
        return tenants.nisCodes();
    }

    /** A new sweep round: asks every job once, remembers what it found; the municipalities to visit. */
    private List<String> plan(List<TenantJob> all) {
        Map<String, List<TenantJob>> plan = SweepPlan.of(self.tenantIds(), all, clock.instant());
        plan.forEach((nis, found) ->
                planned.computeIfAbsent(nis, n -> new LinkedHashSet<>()).addAll(found));
        return List.copyOf(plan.keySet());
    }

    private static void want(Map<String, Collection<TenantJob>> wanted, String nis, Collection<TenantJob> due) {
        wanted.merge(nis, due, BackgroundLoop::union);
    }

    /** Both collections' jobs, each once, in order. */
    private static Collection<TenantJob> union(Collection<TenantJob> a, Collection<TenantJob> b) {
        Set<TenantJob> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static List<TenantJob> jobsOf(List<TenantJob> all, Set<Class<? extends TenantJob>> kinds) {
        return all.stream()
                .filter(job -> kinds.stream().anyMatch(kind -> kind.isInstance(job)))
                .toList();
    }

    void tick() {
        try {
            long now = System.nanoTime() / 1_000_000; // paces the sweep: the monotonic clock
            // Signalled municipalities run every job; a job asked to run again, that job; earlier missed ones, what was
            // due then; the sweep's, the jobs that found work.
            List<TenantJob> all = jobs.stream().toList();
            Map<String, Collection<TenantJob>> wanted = new LinkedHashMap<>();
            for (String nis : signal.drain()) {
                wanted.put(nis, new LinkedHashSet<>(all));
            }
            signal.drainAgain().forEach((nis, kinds) -> want(wanted, nis, jobsOf(all, kinds)));
            Map<String, Collection<TenantJob>> late = new HashMap<>(missed);
            late.keySet().forEach(missed::remove);
            late.forEach((nis, due) -> want(wanted, nis, due));
            try {
                for (String nis : sweep.dueAt(now, () -> plan(all))) {
                    Set<TenantJob> found = planned.remove(nis);
                    if (found != null) {
                        want(wanted, nis, found);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Background sweep failed; the signalled municipalities are still visited", e);
            }
            wanted.forEach((nis, due) -> {
                if (!visiting.add(nis)) {
                    // still busy with the previous visit: come back next tick
                    missed.merge(nis, due, BackgroundLoop::union);
                    return;
                }
                visits.execute(() -> visit(nis, due));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background worker tick failed", e);
        }
    }
}
