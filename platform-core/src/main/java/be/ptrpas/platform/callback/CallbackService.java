package be.ptrpas.platform.callback;

import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.plugin.PluginSetting;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives callbacks: verified by the municipality's plug-in first (a forged one is refused and never stored), then
 * stored, then acknowledged; processing happens in the background ({@link CallbackProcessingJob}).
 */
@ApplicationScoped
public class CallbackService {

    @Inject
    Clock clock;

    @Inject
    Instance<CallbackHandler> handlers;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WorkSignal signal;

    @Inject
    CallbackService self;

    @Inject
    PluginSettingService settings;

    private static final Logger LOG = Logger.getLogger(CallbackService.class.getName());

    /** The stored event's id and how often this exact callback arrived. */
    public record Received(String id, int deliveries) {}

    public Received receive(PluginSlot slot, InboundRequest request) {
        CallbackHandler handler = handler(slot);
        String pluginId;
        try {
            pluginId = handler.verify(slot, request);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.PLUGIN_NOT_CONFIGURED) {
                // Anonymous callers learn nothing about a municipality's set-up.
                throw notVerified();
            }
            throw e;
        } catch (PluginCallException e) {
            if (e.kind() == FailureKind.REFUSED) {
                // The plug-in's reason (bad signature, expired, garbled) stays in the log: told to the caller, it would
                // show that the address is configured, and help whoever tries to forge a callback.
                LOG.log(Level.FINE, "Callback to {0} refused: {1}", new Object[] {slot.path(), e.getMessage()});
                throw notVerified();
            }
            throw new ProblemException(
                    ProblemType.PLUGIN_UNAVAILABLE,
                    "The callback cannot be checked right now; send " + "it again later.");
        }
        String hash = StoredRequests.hash(request);
        boolean handled = handler.handledOnArrival();
        try {
            return self.store(slot, pluginId, hash, request, handled);
        } catch (RuntimeException e) {
            // The same callback arrived twice at the same instant: the unique key let one insert win.
            return self.store(slot, pluginId, hash, request, handled);
        }
    }

    /**
     * Stores a callback, or counts a replay of one already stored and makes it due again. The replay is one atomic
     * UPDATE, so a vendor's burst of retries never collides on the row's version. A callback its handler dealt with
     * on arrival is stored (and stays) processed: there is nothing to process it for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Received store(PluginSlot slot, String pluginId, String hash, InboundRequest request, boolean handled) {
        Instant now = clock.instant();
        int replayed = handled
                ? tenantEm.get()
                        .createQuery("update InboundEvent e set e.deliveries = e.deliveries + 1, "
                                + "e.version = e.version + 1 where e.slot = :slot and e.bodyHash = :hash")
                        .setParameter("slot", slot.path())
                        .setParameter("hash", hash)
                        .executeUpdate()
                : tenantEm.get()
                        .createQuery("update InboundEvent e set e.deliveries = e.deliveries + 1, "
                                + "e.status = :received, e.attempts = 0, e.nextAttemptAt = :now, e.version = e.version + 1 "
                                + "where e.slot = :slot and e.bodyHash = :hash")
                        .setParameter("received", InboundEvent.Status.RECEIVED)
                        .setParameter("now", now)
                        .setParameter("slot", slot.path())
                        .setParameter("hash", hash)
                        .executeUpdate();
        InboundEvent event;
        if (replayed > 0) {
            event = tenantEm.get()
                    .createQuery(
                            "select e from InboundEvent e where e.slot = :slot and e.bodyHash = :hash",
                            InboundEvent.class)
                    .setParameter("slot", slot.path())
                    .setParameter("hash", hash)
                    .getSingleResult();
        } else {
            event = new InboundEvent(
                    slot.path(),
                    pluginId,
                    hash,
                    request.method(),
                    StoredRequests.headers(request),
                    "{}" /* query strings are not kept */,
                    StoredRequests.body(request),
                    now);
            if (handled) {
                event.handled(now);
            }
            tenantEm.get().persist(event);
            tenantEm.get().flush();
        }
        signal.raise(currentTenant.require());
        return new Received(event.id(), event.deliveries());
    }

    /** Whether the current municipality has an enabled plug-in in the slot (a cheap read, before any body). */
    public boolean configured(PluginSlot slot) {
        return settings.current(slot).filter(PluginSetting::enabled).isPresent();
    }

    /** The one answer to a callback that is not genuine, and to one at an address nobody configured. */
    public static ProblemException notVerified() {
        return new ProblemException(
                ProblemType.CALLBACK_REJECTED, "The callback could not be verified for this address.");
    }

    public Optional<PageResponse> answerVerification(PluginSlot slot, InboundRequest request) {
        return handler(slot).answerVerification(slot, request);
    }

    @Transactional
    public List<InboundEvent> recent(String status, int limit) {
        InboundEvent.Status wanted = status == null ? null : InboundEvent.Status.valueOf(status.toUpperCase());
        var query = tenantEm.get()
                .createQuery(
                        "select e from InboundEvent e" + (wanted == null ? "" : " where e.status = :status")
                                + " order by e.receivedAt desc",
                        InboundEvent.class);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        return query.setMaxResults(limit).getResultList();
    }

    CallbackHandler handler(PluginSlot slot) {
        return handlers.stream()
                .filter(h -> h.handles(slot))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Slot '" + slot.path() + "' receives no callbacks."));
    }
}
