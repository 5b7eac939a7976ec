package be.ptrpas.platform.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The platform's clock, injectable as {@code @Inject Clock}: legal terms (a GAS fine's 30 days, say) are counted in
 * days in Brussels. Code that decides on dates takes "today" from here rather than from {@code LocalDate.now()}, so a
 * test can replace the clock; production uses the system clock.
 */
@ApplicationScoped
public class PlatformClock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    @Dependent
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
