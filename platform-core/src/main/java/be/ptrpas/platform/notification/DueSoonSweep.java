package be.ptrpas.platform.notification;

import be.ptrpas.platform.outbox.Outbox;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassItem;
import be.ptrpas.platform.preference.EventKind;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One chunk of a municipality's due-soon sweep, in a transaction of its own: the items due after today and at most
 * {@value #DAYS} days from now with money open or partly paid (the same rows as {@code WorkProbe.DUE_SOON}), each
 * queued as a {@link PassNotice} under the key {@code pass-notice:due-soon:<item>:<due date>} unless already there.
 * The window, not the exact seventh day, so a day the platform did not run is caught up.
 */
@ApplicationScoped
public class DueSoonSweep {

    static final int DAYS = 7;
    private static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(DueSoonSweep.class.getName());

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    HolderSeals seals;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Queues the notices of up to one chunk of items with ids after {@code after}; the last id, or null when done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String noticeNext(String nis, LocalDate today, String after) {
        List<PassItem> items = tenantEm.get()
                .createQuery(
                        "select i from PassItem i where i.municipality = :nis and i.money in :owed"
                                + " and i.dueDate > :today and i.dueDate <= :last and i.id > :after order by i.id",
                        PassItem.class)
                .setParameter("nis", nis)
                .setParameter("owed", List.of(MoneyState.OPEN, MoneyState.PARTLY_PAID))
                .setParameter("today", today)
                .setParameter("last", today.plusDays(DAYS))
                .setParameter("after", after)
                .setMaxResults(CHUNK)
                .getResultList();
        for (PassItem item : items) {
            notice(item);
        }
        return items.size() < CHUNK ? null : items.get(items.size() - 1).id();
    }

    private void notice(PassItem item) {
        String key = "pass-notice:due-soon:" + item.id() + ":" + item.dueDate();
        if (outbox.find(key).isPresent()) {
            return;
        }
        Optional<String> holder = seals.sealedHolderOf(item.id());
        if (holder.isEmpty()) {
            // A company's item, or one that has not changed since before notifications: nobody to address.
            LOG.fine(() -> "No holder to tell that pass item " + item.id() + " is due soon");
            return;
        }
        Long due = item.amountCents() == null ? null : Math.max(0, item.amountCents() - item.paidCents());
        PassNotice notice = new PassNotice(
                item.id(),
                item.kind(),
                EventKind.DUE_SOON,
                false,
                item.reference(),
                item.subject(),
                item.status(),
                item.money(),
                due,
                item.dueDate(),
                null,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                holder.get());
        outbox.enqueue(OutboxKind.PASS_NOTICE, PassEventNotices.SLOT, key, notice);
    }
}
