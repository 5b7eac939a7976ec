package be.ptrpas.platform.outbox;

import java.time.Instant;

/** The few state changes of an outbox item that features outside the outbox may make. */
public final class OutboxAccess {

    private OutboxAccess() {
    }

    /** Makes a dead item pending again, from the first attempt. */
    public static void revive(OutboxMessage item, Instant now) {
        item.revive(now);
    }
}
