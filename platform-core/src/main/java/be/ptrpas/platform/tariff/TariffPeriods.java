package be.ptrpas.platform.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule that a product's tariff periods follow each other day after day: no overlap (two prices on one day) and no
 * gap (no price on some day). Dates are inclusive; only the last period may be open-ended.
 */
public final class TariffPeriods {

    /** One period; {@code to} is the last day it applies, or {@code null} for "until further notice". */
    public record Period(LocalDate from, LocalDate to) {}

    private TariffPeriods() {}

    /** Every problem with this set of periods of one product, in date order; empty when they are contiguous. */
    public static List<String> problems(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::from));
        List<String> problems = new ArrayList<>();
        for (Period period : sorted) {
            if (period.to() != null && period.to().isBefore(period.from())) {
                problems.add("the period starting " + period.from() + " ends before it starts (" + period.to() + ")");
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            Period earlier = sorted.get(i - 1);
            Period later = sorted.get(i);
            if (earlier.to() == null) {
                problems.add("the period starting " + earlier.from() + " has no end date, so it overlaps the period "
                        + "starting " + later.from() + "; end it on "
                        + later.from().minusDays(1) + " first");
            } else if (!earlier.to().isBefore(later.from())) {
                problems.add("the periods starting " + earlier.from() + " and " + later.from() + " overlap from "
                        + later.from() + " to " + min(earlier.to(), later.to()));
            } else if (!earlier.to().plusDays(1).equals(later.from())) {
                problems.add("no tariff would apply from " + earlier.to().plusDays(1) + " to "
                        + later.from().minusDays(1) + " (between the periods starting " + earlier.from() + " and "
                        + later.from() + ")");
            }
        }
        return problems;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
