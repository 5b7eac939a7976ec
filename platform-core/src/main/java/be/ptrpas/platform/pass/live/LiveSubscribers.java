package be.ptrpas.platform.pass.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open streams of this instance by holder key, bounded per holder and in all: one citizen cannot hold more than
 * {@code perHolder} streams (a few tabs and devices), and the instance no more than {@code total}. A change goes to
 * the subscribers of its holder only; one subscriber's failure never keeps it from the others.
 */
final class LiveSubscribers {

    private static final Logger LOG = Logger.getLogger(LiveSubscribers.class.getName());

    /** Told that one of its holder's items changed; must not block (it runs on the listener's thread). */
    @FunctionalInterface
    interface Subscriber {
        void changed(String itemId);
    }

    /** Why a stream was refused. */
    enum Refusal {
        HOLDER_FULL,
        INSTANCE_FULL
    }

    /** A subscription refused for a reason the caller turns into a problem (429, 503). */
    static final class RefusedException extends RuntimeException {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    /** A held subscription; closing it (more than once is fine) frees its place. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHolder;
    private final int total;
    private final Map<String, Set<Subscriber>> byHolder = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    LiveSubscribers(int perHolder, int total) {
        if (perHolder < 1 || total < 1) {
            throw new IllegalArgumentException("the limits are at least 1");
        }
        this.perHolder = perHolder;
        this.total = total;
    }

    /** Adds a subscriber for the holder, or refuses it when the holder or the instance has no place left. */
    Subscription subscribe(String holderKey, Subscriber subscriber) {
        if (count.incrementAndGet() > total) {
            count.decrementAndGet();
            throw new RefusedException(Refusal.INSTANCE_FULL);
        }
        AtomicBoolean added = new AtomicBoolean();
        byHolder.compute(holderKey, (key, current) -> {
            Set<Subscriber> set = current != null ? current : ConcurrentHashMap.newKeySet();
            if (set.size() < perHolder) {
                added.set(set.add(subscriber));
            }
            return set.isEmpty() ? null : set;
        });
        if (!added.get()) {
            count.decrementAndGet();
            throw new RefusedException(Refusal.HOLDER_FULL);
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                byHolder.computeIfPresent(holderKey, (key, set) -> {
                    set.remove(subscriber);
                    return set.isEmpty() ? null : set;
                });
                count.decrementAndGet();
            }
        };
    }

    /** Tells every subscriber of the change's holder; answers how many were told. */
    int deliver(LiveChange change) {
        Set<Subscriber> subscribers = byHolder.get(change.holderKey());
        if (subscribers == null) {
            return 0;
        }
        int told = 0;
        for (Subscriber subscriber : List.copyOf(subscribers)) {
            try {
                subscriber.changed(change.itemId());
                told++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A pass stream could not take a change", e);
            }
        }
        return told;
    }

    /** Every subscriber of this instance (the keep-alive). */
    void forEach(Consumer<Subscriber> action) {
        byHolder.values().forEach(set -> List.copyOf(set).forEach(action));
    }

    /** How many streams are open. */
    int size() {
        return count.get();
    }

    /** How many streams this holder has open. */
    int size(String holderKey) {
        Set<Subscriber> set = byHolder.get(holderKey);
        return set == null ? 0 : set.size();
    }
}
