package be.ptrpas.platform.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The platform's clock, injectable as {@code @Inject Clock}: legal terms (a GAS fine's 30 days, say) are counted in
 * days in Brussels. All code takes "now" and "today" from here rather than from {@code Instant.now()} or
 * {@code LocalDate.now()} ({@code WallClockReadsTest} refuses those), so a test can replace the clock; production
 * uses the system clock. The integration tests deploy a movable one instead (a CDI alternative in the test WAR only).
 */
@ApplicationScoped
public class PlatformClock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    @Dependent
    Clock clock() {
        return systemClock();
    }

    /** Hands the clock CDI produces (this one, or a test's alternative) to the entities' callbacks. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event, Clock produced) {
        EntityClock.use(produced);
    }

    /** The one place the platform reads the system's wall clock. */
    static Clock systemClock() {
        return Clock.system(BRUSSELS);
    }
}
