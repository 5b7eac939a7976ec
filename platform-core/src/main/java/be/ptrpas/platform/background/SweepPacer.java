package be.ptrpas.platform.background;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Spreads a sweep's visits over the sweep period: every municipality is still visited once per period, but a slice
 * per tick instead of all at once. Handing all 300 municipalities to the workers at the same moment kept both cores
 * busy for a few hundred milliseconds every sweep, and every plate check arriving meanwhile waited (the benchmark's
 * p99 at 2,000 checks/s went from ~12 ms without the sweep to 25–80 ms with it). Not thread-safe: the loop's one
 * scheduler thread uses it.
 */
final class SweepPacer {

    private final long sweepMillis;
    private final int slices;
    private final Set<String> queue = new LinkedHashSet<>();
    private long lastRound = Long.MIN_VALUE;
    private int perTick;

    SweepPacer(long sweepMillis, long tickMillis) {
        this.sweepMillis = sweepMillis;
        this.slices = (int) Math.max(1, sweepMillis / Math.max(1, tickMillis));
    }

    /**
     * The municipalities to visit on this tick. A new round starts every sweep period with all municipalities (one
     * still waiting from the last round keeps its place, it is not queued twice); each tick takes an equal share, so
     * the round ends within the period.
     */
    List<String> dueAt(long nowMillis, Supplier<List<String>> allMunicipalities) {
        if (lastRound == Long.MIN_VALUE || nowMillis - lastRound >= sweepMillis) {
            queue.addAll(allMunicipalities.get()); // when that fails, the next tick tries again
            lastRound = nowMillis;
            perTick = Math.max(1, (queue.size() + slices - 1) / slices);
        }
        List<String> due = new ArrayList<>(Math.min(perTick, queue.size()));
        Iterator<String> next = queue.iterator();
        while (due.size() < perTick && next.hasNext()) {
            due.add(next.next());
            next.remove();
        }
        return due;
    }

    /** Municipalities of the current round not visited yet. */
    int waiting() {
        return queue.size();
    }
}
