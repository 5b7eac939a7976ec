package be.ptrpas.platform.background;

import be.ptrpas.platform.common.metrics.CensusBoard;
import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Takes the municipality's censuses for {@code /metrics} on the sweep, when they are due ({@link CensusBoard}). */
@ApplicationScoped
public class CensusJob implements TenantJob {

    @Inject
    CensusBoard board;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    /** From memory, no query: between two censuses a sweep's visit costs nothing for this job. */
    @Override
    public boolean mayHaveWork(Instant now) {
        return board.due(currentTenant.require(), clock.instant());
    }

    @Override
    public void runFor(String nis) {
        Instant now = clock.instant();
        if (board.due(nis, now)) {
            board.take(nis, now);
        }
    }
}
