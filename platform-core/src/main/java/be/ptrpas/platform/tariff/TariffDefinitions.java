package be.ptrpas.platform.tariff;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.zone.Zone;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The price structures of the four tariff kinds, and their validation. Amounts are euro with at most 2 decimals. */
public final class TariffDefinitions {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");
    /** Generous for any real tariff, and keeps checks of pairs of frames cheap. */
    static final int MAX_ENTRIES = 24;

    private TariffDefinitions() {}

    /** Permit prices per household: the n-th vehicle of a household pays the n-th price (3rd and beyond: third). */
    public record PermitPricing(
            @Schema(required = true) BigDecimal firstVehicle,
            @Schema(required = true) BigDecimal secondVehicle,
            @Schema(required = true) BigDecimal thirdVehicle,
            List<Reduction> reductions) {}

    /** A reduced (or free, amount 0) price for a category of applicants, e.g. LOW_INCOME or DISABLED. */
    public record Reduction(
            @Schema(required = true) String category,
            @Schema(required = true) BigDecimal amount) {}

    /** The flat charge when parking without a right, e.g. a blue-zone forfait per day. */
    public record RetributionTariff(
            @Schema(required = true) BigDecimal amount,
            @Schema(required = true) Unit unit,
            BigDecimal reminderFee,
            @Schema(required = true) Integer paymentTermDays,
            @Schema(required = true) List<Zone.Kind> zoneKinds) {
        @Schema(name = "RetributionUnit")
        public enum Unit {
            DAY,
            HALF_DAY,
            OCCURRENCE
        }
    }

    /** Paid parking: time frames (days, hours) with fare steps, after the Dutch NPR model. */
    public record ParkingTimeTariff(@Schema(required = true) List<TimeFrame> timeFrames) {}

    /**
     * When parking is paid, and how much. Outside every frame parking is free. {@code to} "24:00" means midnight.
     */
    public record TimeFrame(
            @Schema(required = true) List<DayOfWeek> days,
            @Schema(required = true) String from,
            @Schema(required = true) String to,
            Integer maxDurationMinutes,
            @Schema(required = true) List<FareStep> fareSteps) {}

    /** {@code amount} per started {@code stepMinutes}, up to minute {@code untilMinute} of the stay (null: onwards). */
    public record FareStep(
            @Schema(required = true) Integer stepMinutes,
            @Schema(required = true) BigDecimal amount,
            Integer untilMinute) {}

    /** A GAS fine: a base amount, plus for GAS 5 an amount per km/h over the limit in bands. */
    public record GasTariff(
            @Schema(required = true) Regime regime,
            @Schema(required = true) BigDecimal baseAmount,
            List<KmhStep> perKmhSteps) {
        @Schema(name = "GasRegime")
        public enum Regime {
            GAS4,
            GAS5
        }
    }

    public record KmhStep(
            @Schema(required = true) Integer fromKmh,
            @Schema(required = true) Integer toKmh,
            @Schema(required = true) BigDecimal amountPerKmh) {}

    static void validatePermit(Violations v, String field, PermitPricing pricing) {
        if (!v.required(field, pricing)) {
            return;
        }
        amount(v, field + ".firstVehicle", pricing.firstVehicle(), true);
        amount(v, field + ".secondVehicle", pricing.secondVehicle(), true);
        amount(v, field + ".thirdVehicle", pricing.thirdVehicle(), true);
        if (v.maxSize(field + ".reductions", pricing.reductions(), MAX_ENTRIES)) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < pricing.reductions().size(); i++) {
                Reduction reduction = pricing.reductions().get(i);
                String at = field + ".reductions[" + i + "]";
                if (!v.required(at, reduction)) {
                    continue;
                }
                if (v.required(at + ".category", reduction.category())) {
                    v.matches(
                            at + ".category",
                            reduction.category(),
                            Pattern.compile("[A-Z][A-Z0-9_]{1,39}"),
                            "must be an upper-case code such as LOW_INCOME");
                    if (!seen.add(reduction.category())) {
                        v.add(at + ".category", "is listed twice");
                    }
                }
                amount(v, at + ".amount", reduction.amount(), true);
            }
        }
    }

    static void validateRetribution(Violations v, String field, RetributionTariff tariff) {
        if (!v.required(field, tariff)) {
            return;
        }
        amount(v, field + ".amount", tariff.amount(), true);
        v.required(field + ".unit", tariff.unit());
        amount(v, field + ".reminderFee", tariff.reminderFee(), false);
        if (v.required(field + ".paymentTermDays", tariff.paymentTermDays())) {
            v.range(field + ".paymentTermDays", tariff.paymentTermDays(), 1, 180);
        }
        if (v.required(field + ".zoneKinds", tariff.zoneKinds())
                && v.maxSize(field + ".zoneKinds", tariff.zoneKinds(), Zone.Kind.values().length)
                && tariff.zoneKinds().isEmpty()) {
            v.add(field + ".zoneKinds", "name at least one zone kind this retribution applies to");
        }
    }

    static void validateParkingTime(Violations v, String field, ParkingTimeTariff tariff) {
        if (!v.required(field, tariff)
                || !v.required(field + ".timeFrames", tariff.timeFrames())
                || !v.maxSize(field + ".timeFrames", tariff.timeFrames(), MAX_ENTRIES)) {
            return;
        }
        if (tariff.timeFrames().isEmpty()) {
            v.add(field + ".timeFrames", "needs at least one time frame");
        }
        for (int i = 0; i < tariff.timeFrames().size(); i++) {
            validateFrame(
                    v, field + ".timeFrames[" + i + "]", tariff.timeFrames().get(i));
        }
        // Two frames may share a day only if their hours do not overlap.
        List<TimeFrame> frames = tariff.timeFrames();
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                if (overlap(frames.get(i), frames.get(j))) {
                    v.add(field + ".timeFrames[" + j + "]", "overlaps time frame " + i + " on a common day");
                }
            }
        }
    }

    private static void validateFrame(Violations v, String field, TimeFrame frame) {
        if (!v.required(field, frame)) {
            return;
        }
        if (v.required(field + ".days", frame.days()) && v.maxSize(field + ".days", frame.days(), 7)) {
            if (frame.days().isEmpty() || frame.days().stream().anyMatch(Objects::isNull)) {
                v.add(field + ".days", "list one or more days MONDAY…SUNDAY");
            } else if (EnumSet.copyOf(frame.days()).size() != frame.days().size()) {
                v.add(field + ".days", "lists a day twice");
            }
        }
        boolean times = v.required(field + ".from", frame.from()) & v.required(field + ".to", frame.to());
        if (times) {
            v.matches(field + ".from", frame.from(), TIME, "must be a time HH:MM");
            v.matches(field + ".to", frame.to(), TIME, "must be a time HH:MM (24:00 for midnight)");
            if (TIME.matcher(frame.from()).matches()
                    && TIME.matcher(frame.to()).matches()
                    && minutes(frame.from()) >= minutes(frame.to())) {
                v.add(field + ".to", "must be later than from");
            }
        }
        v.range(field + ".maxDurationMinutes", frame.maxDurationMinutes(), 5, 24 * 60);
        if (!v.required(field + ".fareSteps", frame.fareSteps())
                || !v.maxSize(field + ".fareSteps", frame.fareSteps(), MAX_ENTRIES)) {
            return;
        }
        if (frame.fareSteps().isEmpty()) {
            v.add(field + ".fareSteps", "needs at least one fare step");
        }
        Integer previousUntil = 0;
        for (int i = 0; i < frame.fareSteps().size(); i++) {
            FareStep step = frame.fareSteps().get(i);
            String at = field + ".fareSteps[" + i + "]";
            if (!v.required(at, step)) {
                continue;
            }
            if (v.required(at + ".stepMinutes", step.stepMinutes())) {
                v.range(at + ".stepMinutes", step.stepMinutes(), 1, 24 * 60);
            }
            amount(v, at + ".amount", step.amount(), true);
            boolean last = i == frame.fareSteps().size() - 1;
            if (step.untilMinute() == null && !last) {
                v.add(at + ".untilMinute", "only the last fare step may be open-ended");
            }
            if (step.untilMinute() != null) {
                if (previousUntil != null && step.untilMinute() <= previousUntil) {
                    v.add(at + ".untilMinute", "must be later than the previous step's untilMinute");
                }
                previousUntil = step.untilMinute();
            }
        }
    }

    static void validateGas(Violations v, String field, GasTariff tariff) {
        if (!v.required(field, tariff)) {
            return;
        }
        v.required(field + ".regime", tariff.regime());
        amount(v, field + ".baseAmount", tariff.baseAmount(), true);
        List<KmhStep> steps = tariff.perKmhSteps() == null ? List.of() : tariff.perKmhSteps();
        if (!v.maxSize(field + ".perKmhSteps", steps, MAX_ENTRIES)) {
            return;
        }
        if (tariff.regime() == GasTariff.Regime.GAS4 && !steps.isEmpty()) {
            v.add(field + ".perKmhSteps", "apply to GAS 5 (speeding) only");
        }
        int previousTo = 0;
        for (int i = 0; i < steps.size(); i++) {
            KmhStep step = steps.get(i);
            String at = field + ".perKmhSteps[" + i + "]";
            if (!v.required(at, step)) {
                continue;
            }
            boolean bounds = v.required(at + ".fromKmh", step.fromKmh()) & v.required(at + ".toKmh", step.toKmh());
            if (bounds) {
                if (step.fromKmh() != previousTo + 1) {
                    v.add(at + ".fromKmh", "must be " + (previousTo + 1) + " (bands follow each other without gaps)");
                }
                if (step.toKmh() < step.fromKmh()) {
                    v.add(at + ".toKmh", "must not be lower than fromKmh");
                }
                previousTo = step.toKmh();
            }
            amount(v, at + ".amountPerKmh", step.amountPerKmh(), true);
        }
    }

    private static void amount(Violations v, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            if (required) {
                v.add(field, "is required");
            }
            return;
        }
        if (amount.signum() < 0) {
            v.add(field, "must not be negative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            v.add(field, "must have at most 2 decimals (euro cents)");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            v.add(field, "must not exceed 100000");
        }
    }

    private static boolean overlap(TimeFrame a, TimeFrame b) {
        if (a == null
                || b == null
                || a.days() == null
                || b.days() == null
                || a.from() == null
                || a.to() == null
                || b.from() == null
                || b.to() == null
                || !TIME.matcher(a.from()).matches()
                || !TIME.matcher(a.to()).matches()
                || !TIME.matcher(b.from()).matches()
                || !TIME.matcher(b.to()).matches()) {
            return false;
        }
        boolean commonDay =
                a.days().stream().anyMatch(day -> day != null && b.days().contains(day));
        return commonDay && minutes(a.from()) < minutes(b.to()) && minutes(b.from()) < minutes(a.to());
    }

    static int minutes(String time) {
        if ("24:00".equals(time)) {
            return 24 * 60;
        }
        LocalTime parsed = LocalTime.parse(time);
        return parsed.getHour() * 60 + parsed.getMinute();
    }
}
