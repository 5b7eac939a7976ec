package be.ptrpas.platform.gas;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The append-only history of GAS fines, written in the transaction of the step it records together with the audit
 * event, and the idempotency of every request that changes a fine: a request carries an Idempotency-Key; a retry
 * with the same key and the same content gets the first answer (the fine as that step left it, and the history up
 * to it); the same key for anything else is refused.
 */
@ApplicationScoped
public class GasFineHistory {

    static final String AUDIT_TYPE = "gas-fine";

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PassItems pass;

    @Inject
    CurrentTenant currentTenant;

    /** A request's identity: its key and a hash of what it asks. */
    public record Request(String key, String hash) {}

    public static Request request(String key, Action action, String fineId, Object body) {
        IdempotencyKey.require(key);
        String content = action.name() + "\n" + (fineId == null ? "" : fineId) + "\n"
                + (body == null ? "null" : Json.write(body));
        return new Request(key, IdempotencyKey.sha256(content));
    }

    /**
     * The first answer to a request made before with this key, if any. The same key for another fine, another step
     * or other content is refused (422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<GasFineView> replay(Request request, Action action, String fineId) {
        Optional<GasFineEvent> earlier = tenantEm.get()
                .createQuery("select e from GasFineEvent e where e.idempotencyKey = :key", GasFineEvent.class)
                .setParameter("key", request.key())
                .getResultStream()
                .findFirst();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        GasFineEvent first = earlier.get();
        boolean same = first.action() == action
                && (fineId == null || fineId.equals(first.fineId()))
                && request.hash().equals(first.requestHash());
        if (!same) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + request.key() + " was used for another request ("
                            + first.action().label() + "); use a new key for a new request.");
        }
        List<GasFineEvent> upToIt = events(first.fineId()).stream()
                .filter(e -> e.seq() <= first.seq())
                .toList();
        return Optional.of(Json.read(first.snapshot(), GasFineView.class).withEvents(upToIt));
    }

    /** Records a step that was just applied to {@code fine} (flushed), with its audit event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GasFineView record(
            GasFine fine, Action action, State from, LocalDate on, String reason, Request request, GasFineView before) {
        GasFineView after = GasFineView.of(fine);
        Integer last = tenantEm.get()
                .createQuery("select max(e.seq) from GasFineEvent e where e.fineId = :fine", Integer.class)
                .setParameter("fine", fine.id())
                .getSingleResult();
        String actor = caller.auditActor();
        GasFineEvent event = new GasFineEvent(
                fine.id(),
                last == null ? 1 : last + 1,
                action,
                from,
                fine.state(),
                actor.length() > 200 ? actor.substring(0, 200) : actor,
                caller.auditRole(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                on,
                reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                request == null ? null : request.key(),
                request == null ? null : request.hash(),
                Json.write(after));
        tenantEm.get().persist(event);
        tenantEm.get().flush();
        audit.record(action.name().toLowerCase().replace('_', '-'), AUDIT_TYPE, fine.id(), before, after);
        pass.record(GasFinePass.entry(
                currentTenant.require(), fine, action.name().toLowerCase().replace('_', ' ')));
        return after;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<GasFineEvent> events(String fineId) {
        return tenantEm.get()
                .createQuery("select e from GasFineEvent e where e.fineId = :fine order by e.seq", GasFineEvent.class)
                .setParameter("fine", fineId)
                .getResultList();
    }
}
