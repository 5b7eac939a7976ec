package be.ptrpas.platform.pass;

import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the pass in step with its sources. Each source feature calls {@link #record} in the transaction of its own
 * change, so the pass is never stale and never ahead: both commit or neither does. The pass knows no source feature;
 * the sources know the pass.
 */
@ApplicationScoped
public class PassItems {

    /** How many days before its end an item in force shows as {@link PassStatus#EXPIRES_SOON}. */
    public static final int EXPIRES_SOON_DAYS = 28;

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    HolderKeys keys;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Inject
    Event<PassItemChanged> changed;

    /**
     * Takes a source record's current state: creates the item the first time, updates it later, and appends a step to
     * its timeline whenever its status, money state or amount paid moves. An entry without a holder takes the item
     * off every pass (the holder was corrected, or is not known yet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PassEntry entry) {
        String bound = currentTenant.get().orElse(null);
        if (!Objects.equals(bound, entry.municipality())) {
            // The row-level-security policies refuse it on PostgreSQL; this says why on the embedded default too.
            throw new IllegalStateException("a pass item of municipality " + entry.municipality()
                    + " is written only in that municipality's transaction (this one is " + bound + ")");
        }
        PassItem item = find(entry.kind(), entry.sourceId());
        if (entry.holder() == null) {
            if (item != null) {
                forget(item);
            }
            return;
        }
        String holderKey = keys.keyOf(entry.holder());
        if (item == null) {
            item = new PassItem(entry, holderKey);
            em.persist(item);
            em.persist(new PassItemStep(item, entry.happenedAt(), entry.note()));
            fire(item, entry.holder(), EnumSet.of(PassItemChanged.Change.NEW));
            return;
        }
        if (item.sameAs(entry, holderKey)) {
            return;
        }
        boolean holderChanged = !item.holderKey().equals(holderKey);
        EnumSet<PassItemChanged.Change> changes = EnumSet.noneOf(PassItemChanged.Change.class);
        if (item.status() != entry.status()) {
            changes.add(PassItemChanged.Change.STATUS);
        }
        if (item.money() != entry.money()) {
            changes.add(PassItemChanged.Change.MONEY);
        }
        if (item.paidCents() != entry.paidCents()) {
            changes.add(PassItemChanged.Change.PAID);
        }
        boolean moved = item.apply(entry, holderKey);
        if (holderChanged) {
            steps(item).forEach(step -> step.movedTo(holderKey));
        }
        if (moved) {
            em.persist(new PassItemStep(item, clock.instant().truncatedTo(ChronoUnit.MICROS), entry.note()));
        }
        if (holderChanged) {
            // For the new holder the item is new on their pass, whatever else moved.
            fire(item, entry.holder(), EnumSet.of(PassItemChanged.Change.NEW));
        } else if (!changes.isEmpty()) {
            fire(item, entry.holder(), changes);
        }
    }

    private void fire(PassItem item, PassHolder holder, Set<PassItemChanged.Change> changes) {
        changed.fire(new PassItemChanged(
                item.id(),
                item.municipality(),
                holder,
                item.holderKey(),
                item.kind(),
                item.reference(),
                item.subject(),
                changes,
                item.status(),
                item.money(),
                item.amountCents(),
                item.paidCents(),
                item.dueDate(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private PassItem find(PassKind kind, String sourceId) {
        List<PassItem> found = em.createQuery(
                        "select i from PassItem i where i.kind = :kind and i.sourceId = :source", PassItem.class)
                .setParameter("kind", kind)
                .setParameter("source", sourceId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private List<PassItemStep> steps(PassItem item) {
        return em.createQuery("select s from PassItemStep s where s.item = :item", PassItemStep.class)
                .setParameter("item", item)
                .getResultList();
    }

    private void forget(PassItem item) {
        em.createQuery("delete from PassItemStep s where s.item = :item")
                .setParameter("item", item)
                .executeUpdate();
        em.remove(item);
    }
}
