package be.ptrpas.platform.it.clock;

import be.ptrpas.platform.common.time.PlatformClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/**
 * Replaces {@link PlatformClock}'s clock with a {@link MovableClock} in the integration tests' WAR only
 * ({@code PlatformDeployment} adds it; the built WAR and the distribution never contain it).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClockProducer {

    @Produces
    @Dependent
    Clock clock() {
        return new MovableClock(PlatformClock.BRUSSELS);
    }
}
