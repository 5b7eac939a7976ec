package be.ptrpas.platform.dossier;

import be.ptrpas.platform.dossier.UnreadableSource.Reason;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.PluginInvoker;
import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's or company's dossier from the other back-office systems of every municipality that configured a dossier
 * source. The sources are asked in parallel, each call through the {@link PluginInvoker} (time-out, bulkhead and
 * circuit breaker of that municipality and plug-in), and the whole answer is ready within
 * {@code ptr.dossier.timeout-ms}: a slow source costs that time at most, not its own, and a failing one only its own
 * items (it is listed as unreadable, with the reason).
 *
 * <p>Calls run on this service's own few managed threads ({@code ptr.dossier.parallel-calls}, shared by every
 * request), so that many passes opened at once cannot take all of the invoker's threads from payments and messages;
 * a call still waiting for a thread when the time is up is not made and counts as a time-out.
 *
 * <p>What comes back is personal data of the holder: the caller (the pass) records the read ({@code @PersonalDataRead})
 * and shows it only to the holder. Each source is opened and called on this service's threads, in a request context
 * and transaction of its own municipality, whatever municipality or transaction the caller has.
 */
@ApplicationScoped
public class DossierService {

    private static final Logger LOG = Logger.getLogger(DossierService.class.getName());
    static final String OPERATION = "dossier-items";
    /** How much longer than the calls' deadline the answer waits for them to report (their own time-outs). */
    private static final long GRACE_MILLIS = 250;

    @Inject
    DossierSources sources;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "ptr.dossier.timeout-ms", defaultValue = "3000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "ptr.dossier.parallel-calls", defaultValue = "16")
    int parallelCalls;

    private ThreadPoolExecutor pool;

    private record Outcome(List<DossierEntry> items, UnreadableSource unreadable) {
        static Outcome of(List<DossierEntry> items) {
            return new Outcome(items, null);
        }

        static Outcome unreadable(DossierSources.Source source, Reason reason) {
            return new Outcome(
                    List.of(),
                    new UnreadableSource(source.municipality(), DossierSources.SLOT.path(), source.pluginId(), reason));
        }
    }

    @PostConstruct
    void start() {
        // Managed threads: opening a source reads its settings (JPA, transactions) and a failure is recorded.
        pool = new ThreadPoolExecutor(
                parallelCalls, parallelCalls, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * The holder's items from every configured dossier source, and the sources that gave none. Never throws for a
     * source's sake.
     */
    public DossierAnswer answerFor(DossierHolder holder) {
        Objects.requireNonNull(holder, "holder");
        List<DossierSources.Source> configured = sources.configured();
        if (configured.isEmpty()) {
            return new DossierAnswer(List.of(), List.of());
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<Future<Outcome>> calls = new ArrayList<>();
        for (DossierSources.Source source : configured) {
            calls.add(pool.submit(() -> ask(source, holder, deadline)));
        }
        List<DossierEntry> items = new ArrayList<>();
        List<UnreadableSource> unreadable = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Outcome outcome = await(calls.get(i), configured.get(i), deadline);
            items.addAll(outcome.items());
            if (outcome.unreadable() != null) {
                unreadable.add(outcome.unreadable());
            }
        }
        items.sort(Comparator.comparing(
                        (DossierEntry entry) -> entry.municipality().nis())
                .thenComparing(entry -> entry.item().updatedAt(), Comparator.reverseOrder())
                .thenComparing(entry -> entry.item().externalId()));
        return new DossierAnswer(items, unreadable);
    }

    private Outcome ask(DossierSources.Source source, DossierHolder holder, long deadline) {
        String nis = source.municipality().nis();
        if (remainingMillis(deadline) <= 0) {
            return Outcome.unreadable(source, Reason.TIMEOUT); // waited for a thread all the time: not asked
        }
        try {
            Optional<ActivePlugin<DossierSourceProvider>> active = sources.open(nis);
            if (active.isEmpty()) {
                return Outcome.of(List.of()); // switched off since the list was read
            }
            long left = remainingMillis(deadline);
            if (left <= 0) {
                return Outcome.unreadable(source, Reason.TIMEOUT);
            }
            ActivePlugin<DossierSourceProvider> plugin = active.get();
            List<DossierItem> answer = plugin.invoker()
                    .call(
                            plugin.target(),
                            OPERATION,
                            Duration.ofMillis(left),
                            () -> plugin.provider().items(holder));
            return Outcome.of(entries(source, answer));
        } catch (PluginCallException e) {
            return Outcome.unreadable(source, reason(e.kind()));
        } catch (RuntimeException e) {
            // The settings cannot be used (already recorded for the admin by the plug-in runtime), or the answer
            // broke the contract.
            LOG.log(Level.WARNING, "Dossier source of {0} ({1}) gave no usable answer: {2}", new Object[] {
                nis, source.pluginId(), e.getMessage()
            });
            return Outcome.unreadable(source, Reason.FAILING);
        }
    }

    /** The answer's items with their municipality; an answer that breaks the contract is refused whole. */
    private static List<DossierEntry> entries(DossierSources.Source source, List<DossierItem> answer) {
        if (answer == null) {
            throw new IllegalStateException("the source answered null instead of a list");
        }
        List<DossierEntry> entries = new ArrayList<>(answer.size());
        Set<String> ids = new HashSet<>();
        for (DossierItem item : answer) {
            if (item == null) {
                throw new IllegalStateException("the source answered a null item");
            }
            if (!ids.add(item.externalId())) {
                throw new IllegalStateException("the source answered two items with one id");
            }
            entries.add(new DossierEntry(source.municipality(), item));
        }
        return entries;
    }

    private static Outcome await(Future<Outcome> call, DossierSources.Source source, long deadline) {
        try {
            return call.get(Math.max(0, remainingMillis(deadline)) + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            call.cancel(true);
            return Outcome.unreadable(source, Reason.TIMEOUT);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.unreadable(source, Reason.TIMEOUT);
        } catch (ExecutionException e) {
            return Outcome.unreadable(source, Reason.FAILING); // ask() catches everything; kept for safety
        }
    }

    static Reason reason(FailureKind kind) {
        return switch (kind) {
            case TIMEOUT -> Reason.TIMEOUT;
            case CIRCUIT_OPEN -> Reason.CIRCUIT_OPEN;
            default -> Reason.FAILING;
        };
    }

    /** Time left until the deadline, on the monotonic clock (a deadline, not a moment). */
    private static long remainingMillis(long deadline) {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }
}
