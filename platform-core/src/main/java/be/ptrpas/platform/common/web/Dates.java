package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.time.SupportedTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates the platform accepts: ISO {@code YYYY-MM-DD} in years 1900–2199, which every database stores faithfully. */
public final class Dates {

    public static final LocalDate EARLIEST = SupportedTime.EARLIEST_DATE;
    public static final LocalDate LATEST = SupportedTime.LATEST_DATE;

    private Dates() {}

    /** A date from a query parameter; {@code null} when absent. */
    public static LocalDate parameter(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (!inRange(date)) {
                throw ProblemException.invalid(name, "must be between " + EARLIEST + " and " + LATEST);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    public static void checkRange(Violations violations, String field, LocalDate date) {
        if (date != null && !inRange(date)) {
            violations.add(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
