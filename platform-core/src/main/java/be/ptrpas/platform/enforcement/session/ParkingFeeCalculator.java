package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.tariff.TariffDefinitions.FareStep;
import be.ptrpas.platform.tariff.TariffDefinitions.ParkingTimeTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.TimeFrame;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The fee of a paid parking session from the zone's {@code PARKING_TIME} tariff periods. Pure: no clock, no database.
 *
 * <p>The rules, in Europe/Brussels local time:
 * <ul>
 *   <li>A day is priced by the tariff period in force on that (local) day; a tariff that changes at midnight prices
 *       the part after midnight at the new rate. A day without a tariff period means no price: 422
 *       {@code no-parking-tariff}.</li>
 *   <li>Parking is paid only inside a time frame of that day (its weekdays, {@code from}–{@code to}, "24:00" being
 *       midnight); outside every frame it is free (e.g. at night).</li>
 *   <li>Each occurrence of a frame on a day is priced on its own, counting the car's stay in it from the moment it
 *       entered the frame (the later of the session's start and the frame's start): fare step {@code i} charges its
 *       amount per <em>started</em> {@code stepMinutes} of the stay minutes up to its {@code untilMinute}; the next
 *       step starts at that minute. The last step goes on beyond its {@code untilMinute}.</li>
 *   <li>Durations are real elapsed time: on the day clocks go forward a 00:00–24:00 frame lasts 23 hours, on the day
 *       they go back 25.</li>
 *   <li>The stay in one frame occurrence may not exceed the frame's {@code maxDurationMinutes} nor the zone's
 *       {@code maxStayMinutes}; a session may not last more than {@link #LONGEST_SESSION}: 422
 *       {@code parking-stay-too-long}.</li>
 * </ul>
 */
public final class ParkingFeeCalculator {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** No session lasts longer; also bounds the work of one quote. */
    public static final Duration LONGEST_SESSION = Duration.ofDays(7);

    /** One period of the zone's parking-time tariff: inclusive local days, {@code validTo} null = open-ended. */
    public record TariffPeriod(LocalDate validFrom, LocalDate validTo, ParkingTimeTariff tariff) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * The price of one frame occurrence the session touches.
     *
     * @param date            the local day
     * @param frame           the frame's hours, e.g. "09:00-19:00"
     * @param from            when the car's paid stay in it begins
     * @param to              when it ends (exclusive)
     * @param minutes         the stay in it, in minutes, rounded up
     * @param steps           how many fare steps were started
     * @param amount          euro
     * @param tariffValidFrom the first day of the tariff period that priced it
     */
    public record FeeLine(
            LocalDate date,
            String frame,
            Instant from,
            Instant to,
            long minutes,
            long steps,
            BigDecimal amount,
            LocalDate tariffValidFrom) {}

    /**
     * A session's fee.
     *
     * @param total       euro, 2 decimals
     * @param lines       one per frame occurrence with a stay in it, in time order; empty when all of it is free
     * @param paidThrough how long the fee pays for: the session's end, or later when the end falls inside a started
     *                    fare step (the end of that step, never past the frame's end)
     */
    public record Quote(BigDecimal total, List<FeeLine> lines, Instant paidThrough) {}

    private final String zoneCode;
    private final List<TariffPeriod> periods;
    private final Integer zoneMaxStayMinutes;

    public ParkingFeeCalculator(String zoneCode, List<TariffPeriod> periods, Integer zoneMaxStayMinutes) {
        this.zoneCode = Objects.requireNonNull(zoneCode);
        this.periods = List.copyOf(periods);
        this.zoneMaxStayMinutes = zoneMaxStayMinutes;
    }

    /**
     * The fee and the right of a session stopped at {@code stoppedAt} (not before its start). Fare steps are paid per
     * started step, so the right lasts to the end of the step the stop falls in, but never past the planned end; a
     * stop in free time, or in the very second the session began, ends the right with the stop.
     *
     * @param quote     the fee of the time parked (at least one second)
     * @param rightEnds when the session's right to park ends
     */
    public record Stop(Quote quote, Instant rightEnds) {}

    public Stop stop(Instant start, Instant plannedEnd, Instant stoppedAt) {
        if (stoppedAt.isBefore(start)) {
            throw new IllegalArgumentException("a session cannot stop before it starts");
        }
        // A session stopped in its first second is priced as one second (a started step is a paid step).
        Instant pricedUntil = stoppedAt.isAfter(start) ? stoppedAt : start.plusSeconds(1);
        Quote quote = quote(start, pricedUntil);
        // Nothing paid: the right ends with the stop. Something paid: to the end of its last step, which may be the
        // end of a frame one second after a stop in the frame's last second.
        Instant paidThrough =
                quote.lines().isEmpty() || !quote.paidThrough().isAfter(stoppedAt) ? stoppedAt : quote.paidThrough();
        return new Stop(quote, paidThrough.isBefore(plannedEnd) ? paidThrough : plannedEnd);
    }

    /**
     * The latest end of a session started at {@code start} without a planned end (a start–stop session, stopped by
     * the operator): the zone's maximum stay after the start, and never later than a session with that end could
     * have been bought — a frame's own maximum, {@link #LONGEST_SESSION}, or the first day without a tariff (it could
     * not be priced at the stop). While the session runs its right lasts until then; a stop later is charged until
     * then.
     */
    public Instant openEnd(Instant start) {
        if (periods.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NO_PARKING_TARIFF,
                    "Zone " + zoneCode + " has no parking tariff: sessions cannot be paid there.");
        }
        LocalDate first = start.atZone(BRUSSELS).toLocalDate();
        periodOn(first);
        Instant latest = start.plus(LONGEST_SESSION);
        if (zoneMaxStayMinutes != null) {
            latest = earlier(latest, start.plus(Duration.ofMinutes(zoneMaxStayMinutes)));
        }
        for (LocalDate day = first; day.atStartOfDay(BRUSSELS).toInstant().isBefore(latest); day = day.plusDays(1)) {
            LocalDate today = day;
            TariffPeriod period =
                    periods.stream().filter(p -> p.covers(today)).findFirst().orElse(null);
            if (period == null) {
                return earlier(latest, day.atStartOfDay(BRUSSELS).toInstant());
            }
            for (TimeFrame frame : period.tariff().timeFrames()) {
                if (!frame.days().contains(day.getDayOfWeek())) {
                    continue;
                }
                Instant frameEnd = at(day, frame.to());
                Instant from = later(start, at(day, frame.from()));
                Integer limit = smaller(frame.maxDurationMinutes(), zoneMaxStayMinutes);
                if (limit != null && frameEnd.isAfter(from)) {
                    Instant reach = from.plus(Duration.ofMinutes(limit));
                    if (reach.isBefore(frameEnd)) {
                        latest = earlier(latest, reach);
                    }
                }
            }
        }
        return latest;
    }

    /** The fee of parking from {@code start} (inclusive) to {@code end} (exclusive). */
    public Quote quote(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (periods.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NO_PARKING_TARIFF,
                    "Zone " + zoneCode + " has no parking tariff: sessions cannot be paid there.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SESSION) > 0) {
            throw new ProblemException(
                    ProblemType.PARKING_STAY_TOO_LONG,
                    "A parking session lasts at most " + LONGEST_SESSION.toDays() + " days.");
        }
        LocalDate first = start.atZone(BRUSSELS).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(BRUSSELS).toLocalDate();
        List<FeeLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Instant paidThrough = end;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            TariffPeriod period = periodOn(day);
            DayOfWeek weekday = day.getDayOfWeek();
            List<TimeFrame> frames = new ArrayList<>(period.tariff().timeFrames().stream()
                    .filter(frame -> frame.days().contains(weekday))
                    .toList());
            frames.sort(Comparator.comparing(TimeFrame::from));
            for (TimeFrame frame : frames) {
                Instant frameStart = at(day, frame.from());
                Instant frameEnd = at(day, frame.to());
                Instant from = start.isAfter(frameStart) ? start : frameStart;
                Instant to = end.isBefore(frameEnd) ? end : frameEnd;
                if (!to.isAfter(from)) {
                    continue;
                }
                long seconds = Duration.between(from, to).getSeconds()
                        + (Duration.between(from, to).getNano() > 0 ? 1 : 0);
                Integer limit = smaller(frame.maxDurationMinutes(), zoneMaxStayMinutes);
                if (limit != null && seconds > limit * 60L) {
                    throw new ProblemException(
                            ProblemType.PARKING_STAY_TOO_LONG,
                            "In zone " + zoneCode + " a car may "
                                    + "stay at most " + limit + " minutes between " + frame.from() + " and "
                                    + frame.to()
                                    + "; this session stays " + ceilDiv(seconds, 60) + " minutes on " + day + ".");
                }
                Priced priced = price(frame.fareSteps(), seconds);
                total = total.add(priced.amount());
                lines.add(new FeeLine(
                        day,
                        frame.from() + "-" + frame.to(),
                        from,
                        to,
                        ceilDiv(seconds, 60),
                        priced.steps(),
                        priced.amount(),
                        period.validFrom()));
                if (to.equals(end)) {
                    Instant stepEnd = from.plusSeconds(priced.paidSeconds());
                    paidThrough = stepEnd.isBefore(frameEnd) ? stepEnd : frameEnd;
                    if (paidThrough.isBefore(end)) {
                        paidThrough = end;
                    }
                }
            }
        }
        return new Quote(total, List.copyOf(lines), paidThrough);
    }

    /**
     * Whether parking is paid at that moment: a time frame of the tariff in force that day covers it. False outside
     * every frame (nights, Sundays) and on a day without a tariff; a car parked then owes nothing.
     */
    public boolean paidAt(Instant moment) {
        LocalDate day = moment.atZone(BRUSSELS).toLocalDate();
        return periods.stream()
                .filter(period -> period.covers(day))
                .findFirst()
                .map(period -> period.tariff().timeFrames().stream()
                        .filter(frame -> frame.days().contains(day.getDayOfWeek()))
                        .anyMatch(frame ->
                                !moment.isBefore(at(day, frame.from())) && moment.isBefore(at(day, frame.to()))))
                .orElse(false);
    }

    /** Whether the zone has a parking-time tariff at all (without one, its charges do not depend on the hour). */
    public boolean hasTariff() {
        return !periods.isEmpty();
    }

    private TariffPeriod periodOn(LocalDate day) {
        return periods.stream()
                .filter(period -> period.covers(day))
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NO_PARKING_TARIFF,
                        "Zone " + zoneCode + " has no parking tariff in force on " + day + "."));
    }

    /** What a stay of {@code seconds} in one frame occurrence costs, and how far the started steps reach. */
    record Priced(BigDecimal amount, long steps, long paidSeconds) {}

    static Priced price(List<FareStep> steps, long seconds) {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        long started = 0;
        long paidSeconds = 0;
        long rangeStart = 0;
        for (int i = 0; i < steps.size() && seconds > rangeStart; i++) {
            FareStep step = steps.get(i);
            boolean lastStep = i == steps.size() - 1;
            long rangeEnd = lastStep || step.untilMinute() == null ? Long.MAX_VALUE : step.untilMinute() * 60L;
            long stepSeconds = step.stepMinutes() * 60L;
            long portion = Math.min(seconds, rangeEnd) - rangeStart;
            long count = ceilDiv(portion, stepSeconds);
            amount = amount.add(step.amount().multiply(BigDecimal.valueOf(count)))
                    .setScale(2);
            started += count;
            paidSeconds = Math.min(rangeEnd, rangeStart + count * stepSeconds);
            rangeStart = rangeEnd;
        }
        return new Priced(amount, started, paidSeconds);
    }

    /** A local time of a day as an instant; "24:00" is the next midnight. Times in a DST gap move forward. */
    static Instant at(LocalDate day, String time) {
        if ("24:00".equals(time)) {
            return day.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.parse(time), BRUSSELS).toInstant();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Integer smaller(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    private static long ceilDiv(long value, long divisor) {
        return -Math.floorDiv(-value, divisor);
    }
}
