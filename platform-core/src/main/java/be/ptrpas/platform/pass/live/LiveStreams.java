package be.ptrpas.platform.pass.live;

import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's open pass streams. A change of a holder's item reaches each of that holder's streams, which reads
 * the item again through {@link PassReader} (bound to the holder's key, so a stream can only ever show its own
 * holder's items) on a few managed threads and sends it; every {@code ptr.pass.events.keep-alive-seconds} (15) each
 * stream gets a comment, which also finds the streams whose client went away and closes those whose token expired.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PassReader reader;

    @Inject
    Provider<RequestContextController> contexts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.pass.events.max-per-holder", defaultValue = "5")
    int maxPerHolder;

    @Inject
    @ConfigProperty(name = "ptr.pass.events.max-streams", defaultValue = "2000")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "ptr.pass.events.keep-alive-seconds", defaultValue = "15")
    int keepAliveSeconds;

    @Inject
    @ConfigProperty(name = "ptr.pass.events.readers", defaultValue = "2")
    int readerThreads;

    private LiveSubscribers subscribers;
    private ThreadPoolExecutor readers;
    private ScheduledThreadPoolExecutor ticker;
    private final List<LiveStream> open = new ArrayList<>();

    /**
     * Made when the application starts, on the deployment's thread, with its managed threads: the listener's virtual
     * thread, where the container injects no resources, may otherwise be the first to use it.
     */
    void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

    @PostConstruct
    void start() {
        subscribers = new LiveSubscribers(maxPerHolder, maxStreams);
        readers = new ThreadPoolExecutor(
                readerThreads, readerThreads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), threads);
        ticker = new ScheduledThreadPoolExecutor(1, threads);
        // Every thread made now, on the deployment's thread, and kept: Payara's managed threads take the application's
        // context from the thread that asks for them, and a pool that made its threads later would make them from the
        // listener's virtual thread, which has none (no persistence unit: "Unable to retrieve EntityManagerFactory").
        readers.prestartAllCoreThreads();
        ticker.prestartAllCoreThreads();
        ticker.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        readers.shutdownNow();
        List<LiveStream> streams;
        synchronized (open) {
            streams = List.copyOf(open);
        }
        streams.forEach(LiveStream::close);
    }

    /**
     * Opens a stream for the holder until the token's expiry (the page reconnects with a fresh token); refused with
     * {@link LiveSubscribers.RefusedException} when the holder or the instance has no place left.
     */
    void open(PassHolder holder, String holderKey, String language, Instant expiresAt, SseEventSink sink, Sse sse) {
        LiveStream stream = new LiveStream(sink, sse, expiresAt);
        LiveSubscribers.Subscription subscription =
                subscribers.subscribe(holderKey, itemId -> read(stream, holder, itemId, language));
        synchronized (open) {
            open.add(stream);
        }
        stream.onClose(() -> {
            subscription.close();
            synchronized (open) {
                open.remove(stream);
            }
        });
        // Headers and the first bytes now, so the client knows the stream stands before anything changes.
        stream.keepAlive();
    }

    /** A committed change, from the listener (PostgreSQL) or after success (embedded default). */
    void deliver(LiveChange change) {
        subscribers.deliver(change);
    }

    int openStreams() {
        return subscribers.size();
    }

    private void read(LiveStream stream, PassHolder holder, String itemId, String language) {
        try {
            readers.execute(() -> {
                RequestContextController context = contexts.get();
                boolean opened = context.activate();
                try {
                    reader.current(holder, itemId, language).ifPresent(stream::item);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reading a changed pass item for a live stream failed", e);
                } finally {
                    if (opened) {
                        context.deactivate();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // Too far behind to tell this stream the truth: close it, and the page reconnects and reads its pass anew.
            LOG.warning("Pass streams are behind; a stream is closed so that its page reads the pass again");
            stream.close();
        }
    }

    private void keepAlive() {
        Instant now = clock.instant();
        List<LiveStream> streams;
        synchronized (open) {
            streams = List.copyOf(open);
        }
        for (LiveStream stream : streams) {
            try {
                if (stream.expiredAt(now)) {
                    stream.close();
                } else {
                    stream.keepAlive();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A pass stream's keep-alive failed", e);
                stream.close();
            }
        }
    }
}
