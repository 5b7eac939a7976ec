package be.ptrpas.platform.notification;

import be.ptrpas.platform.outbox.Outbox;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassItemChanged;
import be.ptrpas.platform.preference.EventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Turns each change of a pass item into a {@link PassNotice} in the outbox, inside the source's transaction (a plain
 * synchronous observer runs in it): the notice commits with the change or not at all, and is addressed later by
 * {@link PassNoticeDelivery}. Items of a company (no person's preferences to follow yet) and of the platform-wide card
 * register (no municipality, so no channels) raise none.
 */
@ApplicationScoped
public class PassEventNotices {

    /** The outbox slot of pass notices: no plug-in, the platform addresses them itself. */
    static final String SLOT = "pass-notice";

    private static final Logger LOG = Logger.getLogger(PassEventNotices.class.getName());

    @Inject
    HolderSeals seals;

    @Inject
    Outbox outbox;

    private final AtomicBoolean warned = new AtomicBoolean();

    void onChange(@Observes PassItemChanged changed) {
        if (changed.municipality() == null || changed.holder().type() != PassHolder.Type.PERSON) {
            return;
        }
        if (!seals.available()) {
            if (warned.compareAndSet(false, true)) {
                LOG.warning("Citizens are not notified of their pass items: the platform has no secrets key"
                        + " (PTR_SECRETS_KEY) to keep their national numbers sealed with.");
            }
            return;
        }
        EventKind event = NoticeRules.kindOf(changed.changes());
        String nationalNumber = changed.holder().number();
        String sealed = event == EventKind.NEW_ITEM
                ? seals.remember(changed.itemId(), nationalNumber)
                : seals.rememberIfUnknown(changed.itemId(), nationalNumber);
        PassNotice notice = new PassNotice(
                changed.itemId(),
                changed.kind(),
                event,
                NoticeRules.legallyRequired(changed.kind(), changed.changes(), changed.money()),
                changed.reference(),
                changed.subject(),
                changed.status(),
                changed.money(),
                changed.amountDueCents(),
                changed.dueDate(),
                null,
                changed.changedAt(),
                sealed);
        outbox.enqueue(OutboxKind.PASS_NOTICE, SLOT, dedupeKey(changed, event), notice);
    }

    /** One notice per change: the item, what moved, where it moved to and when. */
    static String dedupeKey(PassItemChanged changed, EventKind event) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, changed.changedAt());
        return "pass-notice:" + changed.itemId() + ":" + event.code() + ":" + changed.status() + ":" + changed.money()
                + ":" + changed.paidCents() + ":" + micros;
    }
}
