package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.time.SupportedTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Moments in query parameters ({@code at}, {@code before}, {@code activeAt}): ISO-8601, in the supported years. */
public final class Instants {

    private Instants() {}

    /** The moment, {@code null} when absent, or a 400 problem naming the parameter. */
    public static Instant parameter(String name, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 instant, e.g. 2026-11-24T10:15:00Z");
        }
        if (!SupportedTime.contains(instant)) {
            throw ProblemException.invalid(name, SupportedTime.RULE);
        }
        return instant;
    }
}
