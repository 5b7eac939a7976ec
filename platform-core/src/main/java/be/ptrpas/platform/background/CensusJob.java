package be.ptrpas.platform.background;

import be.ptrpas.platform.common.metrics.CensusBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Takes the municipality's censuses for {@code /metrics} on the sweep, when they are due ({@link CensusBoard}). */
@ApplicationScoped
public class CensusJob implements TenantJob {

    @Inject
    CensusBoard board;

    @Inject
    Clock clock;

    /** From memory, no query: the municipalities whose counts are older than the census period. */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        return municipalities.stream().filter(nis -> board.due(nis, now)).collect(Collectors.toSet());
    }

    @Override
    public void runFor(String nis) {
        Instant now = clock.instant();
        if (board.due(nis, now)) {
            board.take(nis, now);
        }
    }
}
