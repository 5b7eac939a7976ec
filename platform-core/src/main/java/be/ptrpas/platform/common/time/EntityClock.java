package be.ptrpas.platform.common.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The platform's clock for entities' own callbacks ({@code @PrePersist}, a state change that stamps its moment). JPA
 * entities are not CDI beans, and CDI injection into entity listeners is unreliable on Payara (null from a
 * {@code @Startup} bean, or whenever an attribute converter is present: Payara issues 3720, 4662); so the clock CDI
 * produces is handed over here once at start-up. Until then, and in plain Java SE tests, it is the system clock.
 */
public final class EntityClock {

    private static volatile Clock clock = PlatformClock.systemClock();

    private EntityClock() {}

    public static Instant now() {
        return clock.instant();
    }

    static void use(Clock produced) {
        clock = produced;
    }
}
