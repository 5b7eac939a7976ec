package be.ptrpas.platform.common.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Main code takes the time from the injected {@link Clock} ({@link PlatformClock} produces it; entities use
 * {@link EntityClock}), so that a test can set it and every part of the platform agrees on "now". This reads the
 * compiled classes and refuses any other read of the wall clock. Measuring a duration with {@code System.nanoTime()}
 * is not a read of the wall clock and stays allowed.
 */
class WallClockReadsTest {

    static final DescribedPredicate<AccessTarget> WALL_CLOCK = DescribedPredicate.describe(
            "a read of the wall clock (Instant.now(), LocalDate.now(zone), System.currentTimeMillis(), Clock.systemUTC(), "
                    + "new Date(), …)",
            WallClockReadsTest::readsTheWallClock);

    static final ArchRule NO_WALL_CLOCK_OUTSIDE_THE_PRODUCER = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(PlatformClock.class.getName())
            .should()
            .accessTargetWhere(JavaAccess.Predicates.target(WALL_CLOCK))
            .because(
                    "the time comes from the injected java.time.Clock (common.time.PlatformClock), which tests can set");

    @Test
    void mainCodeReadsTheWallClockOnlyThroughThePlatformClock() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.ptrpas.platform");
        assertThat(main.size()).as("the platform's classes were found").isGreaterThan(100);
        NO_WALL_CLOCK_OUTSIDE_THE_PRODUCER.check(main);
    }

    @Test
    void theRuleSeesEveryKindOfWallClockReadAndAllowsTheClockAndDurations() {
        EvaluationResult result = NO_WALL_CLOCK_OUTSIDE_THE_PRODUCER.evaluate(
                new ClassFileImporter().importClasses(ReadsTheWallClock.class, TakesTheClock.class));
        List<String> refused = result.getFailureReport().getDetails();
        assertThat(refused).hasSize(7).allMatch(line -> line.contains(ReadsTheWallClock.class.getSimpleName()));
        assertThat(String.join("\n", refused))
                .contains(
                        "Instant.now()",
                        "LocalDate.now(java.time.ZoneId)",
                        "ZonedDateTime.now()",
                        "System.currentTimeMillis()",
                        "Clock.systemUTC()",
                        "Date.<init>()");
    }

    static boolean readsTheWallClock(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        List<String> parameters = target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                ? codeUnit.getRawParameterTypes().stream()
                        .map(JavaClass::getName)
                        .toList()
                : List.of();
        boolean givenAClock =
                parameters.contains(Clock.class.getName()) || parameters.contains(InstantSource.class.getName());
        return switch (owner) {
            case "java.lang.System" -> name.equals("currentTimeMillis");
            case "java.time.Clock", "java.time.InstantSource" ->
                name.startsWith("system") || name.startsWith("tick") && parameters.contains(ZoneId.class.getName());
            case "java.util.Date", "java.util.GregorianCalendar" -> name.equals("<init>") && parameters.isEmpty();
            case "java.util.Calendar" -> name.equals("getInstance");
            default -> owner.startsWith("java.time.") && name.equals("now") && !givenAClock;
        };
    }

    /** Seven reads the rule must refuse: calls and a method reference. */
    @SuppressWarnings("unused")
    static final class ReadsTheWallClock {
        Object[] reads() {
            LongSupplier millis = System::currentTimeMillis;
            return new Object[] {
                Instant.now(),
                LocalDate.now(ZoneId.of("Europe/Brussels")),
                ZonedDateTime.now(),
                System.currentTimeMillis(),
                Clock.systemUTC(),
                new Date(),
                millis
            };
        }
    }

    /** What stays allowed: the time from a given clock, and durations. */
    @SuppressWarnings("unused")
    static final class TakesTheClock {
        Object[] reads(Clock clock) {
            return new Object[] {
                Instant.now(clock),
                LocalDate.now(clock),
                ZonedDateTime.now(clock),
                System.nanoTime(),
                clock.instant(),
                new Date(0L)
            };
        }
    }
}
