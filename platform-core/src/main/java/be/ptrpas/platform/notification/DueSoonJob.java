package be.ptrpas.platform.notification;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.common.time.PlatformClock;
import be.ptrpas.platform.persistence.TenantsWithWork;
import be.ptrpas.platform.persistence.WorkProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Tells citizens that an item is due within {@value DueSoonSweep#DAYS} days while money is still open or partly paid:
 * once a day per municipality (Brussels days), each item once per due date (the notice's key holds both, so a second
 * sweep, a second instance or a restart tells nobody twice). A due date moved later is a new date and is told again.
 *
 * <p>Idle cost: which municipalities were swept today is kept in memory, so on most sweeps this job asks nothing at
 * all; on the first sweep of a day it asks once, across every municipality ({@link TenantsWithWork},
 * {@link WorkProbe#DUE_SOON}), which have an item due within the window, and visits only those. A municipality with
 * none counts as swept for the day: an item that becomes due within the week later that day is told the next day.
 */
@ApplicationScoped
public class DueSoonJob implements TenantJob {

    @Inject
    TenantsWithWork tenantsWithWork;

    @Inject
    DueSoonSweep sweep;

    @Inject
    Clock clock;

    private final Map<String, LocalDate> sweptOn = new ConcurrentHashMap<>();

    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        LocalDate today = day(now);
        Set<String> notYet = municipalities.stream()
                .filter(nis -> !today.equals(sweptOn.get(nis)))
                .collect(Collectors.toSet());
        if (notYet.isEmpty()) {
            return Set.of();
        }
        Set<String> due = tenantsWithWork.find(WorkProbe.DUE_SOON, now);
        notYet.stream().filter(nis -> !due.contains(nis)).forEach(nis -> sweptOn.put(nis, today));
        return notYet.stream().filter(due::contains).collect(Collectors.toSet());
    }

    @Override
    public void runFor(String nis) {
        // Also called for a municipality signalled after a commit, whatever withWork said: once a day is enough.
        LocalDate today = day(clock.instant());
        if (today.equals(sweptOn.get(nis))) {
            return;
        }
        String after = "";
        do {
            after = sweep.noticeNext(nis, today, after);
        } while (after != null);
        sweptOn.put(nis, today);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(PlatformClock.BRUSSELS).toLocalDate();
    }
}
