package be.ptrpas.platform.background;

import java.time.Instant;

/**
 * Something a feature forgets after a while (old callbacks, the plate-check log, ...). Each feature declares its own
 * as a CDI bean; {@link RetentionJob} runs every one for every municipality at most once an hour, each in a
 * transaction of its own inside that municipality's row-level security, without knowing what they delete.
 */
public interface Retention {

    /** Deletes the current municipality's rows that are past their keeping time at {@code now}; returns how many. */
    int purge(Instant now);
}
