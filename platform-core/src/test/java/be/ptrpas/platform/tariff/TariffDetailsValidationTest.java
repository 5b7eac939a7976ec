package be.ptrpas.platform.tariff;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ValidationResults;
import be.ptrpas.platform.tariff.TariffDefinitions.FareStep;
import be.ptrpas.platform.tariff.TariffDefinitions.GasTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.KmhStep;
import be.ptrpas.platform.tariff.TariffDefinitions.ParkingTimeTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.PermitPricing;
import be.ptrpas.platform.tariff.TariffDefinitions.Reduction;
import be.ptrpas.platform.tariff.TariffDefinitions.RetributionTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.TimeFrame;
import be.ptrpas.platform.zone.Zone;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TariffDetailsValidationTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    // Days as JSON-B delivers them: a list that answers contains(null) (List.of would throw on that question).
    static final List<DayOfWeek> WEEKDAYS = Arrays.asList(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static PermitPricing permitPricing() {
        return new PermitPricing(
                eur("25"),
                eur("50.00"),
                eur("100.5"),
                List.of(new Reduction("LOW_INCOME", eur("0")), new Reduction("DISABLED", eur("12.50"))));
    }

    static RetributionTariff retributionTariff(List<Zone.Kind> zoneKinds) {
        return new RetributionTariff(eur("35"), RetributionTariff.Unit.DAY, eur("15"), 30, zoneKinds);
    }

    static TimeFrame frame(List<DayOfWeek> days, String from, String to, FareStep... steps) {
        return new TimeFrame(new ArrayList<>(days), from, to, 180, List.of(steps));
    }

    static FareStep step(int minutes, String amount, Integer untilMinute) {
        return new FareStep(minutes, eur(amount), untilMinute);
    }

    static TimeFrame weekdayFrame() {
        return frame(WEEKDAYS, "09:00", "18:00", step(15, "0.50", 60), step(15, "0.75", 120), step(30, "2", null));
    }

    static TariffDetails permit(PermitPricing pricing) {
        return new TariffDetails(Tariff.Kind.PERMIT, "RESIDENT", FROM, null, pricing, null, null, null);
    }

    static TariffDetails retribution(RetributionTariff tariff) {
        return new TariffDetails(Tariff.Kind.RETRIBUTION, "BLUE_ZONE_DAY", FROM, null, null, tariff, null, null);
    }

    static TariffDetails parkingTime(TimeFrame... frames) {
        return new TariffDetails(
                Tariff.Kind.PARKING_TIME,
                "GNK-BETAALD-SHOPPING",
                FROM,
                LocalDate.of(2025, 12, 31),
                null,
                null,
                new ParkingTimeTariff(List.of(frames)),
                null);
    }

    static TariffDetails gas(GasTariff tariff) {
        return new TariffDetails(Tariff.Kind.GAS, "GAS5_SPEED", FROM, null, null, null, null, tariff);
    }

    static List<FieldError> errors(TariffDetails details) {
        return ValidationResults.errors(details::validate);
    }

    static List<String> fields(TariffDetails details) {
        return ValidationResults.fields(details::validate);
    }

    static String messageOf(TariffDetails details, String field) {
        return errors(details).stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + errors(details)));
    }

    @Nested
    class ValidTariffs {

        @Test
        void aCompletePermitTariffHasNoErrors() {
            assertThat(errors(permit(permitPricing()))).isEmpty();
            assertThat(errors(permit(new PermitPricing(eur("10"), eur("20"), eur("30"), null))))
                    .isEmpty();
        }

        @Test
        void aCompleteRetributionTariffHasNoErrors() {
            assertThat(errors(retribution(retributionTariff(List.of(Zone.Kind.BLUE, Zone.Kind.PAID)))))
                    .isEmpty();
            assertThat(errors(retribution(new RetributionTariff(
                            eur("25"), RetributionTariff.Unit.OCCURRENCE, null, 14, List.of(Zone.Kind.PAID)))))
                    .as("the reminder fee is optional")
                    .isEmpty();
        }

        @Test
        void aCompleteParkingTimeTariffHasNoErrors() {
            assertThat(errors(parkingTime(
                            weekdayFrame(),
                            frame(List.of(SATURDAY), "10:00", "24:00", step(60, "1.20", null)),
                            // Same day as the weekday frame but later: touching is not overlapping.
                            frame(List.of(FRIDAY), "18:00", "22:00", step(60, "1", null)))))
                    .isEmpty();
        }

        @Test
        void aCompleteGasTariffOfEitherRegimeHasNoErrors() {
            assertThat(errors(gas(new GasTariff(GasTariff.Regime.GAS4, eur("58"), null))))
                    .isEmpty();
            assertThat(errors(gas(new GasTariff(GasTariff.Regime.GAS4, eur("58"), List.of()))))
                    .isEmpty();
            assertThat(errors(gas(new GasTariff(
                            GasTariff.Regime.GAS5,
                            eur("53"),
                            List.of(
                                    new KmhStep(1, 10, eur("2")),
                                    new KmhStep(11, 20, eur("5.50")),
                                    new KmhStep(21, 40, eur("10")))))))
                    .isEmpty();
        }

        @Test
        void trailingZerosBeyondTwoDecimalsAreStillCents() {
            assertThat(errors(permit(new PermitPricing(eur("10.500"), eur("20.0000"), eur("100000"), null))))
                    .isEmpty();
        }
    }

    @Nested
    class Common {

        @Test
        void missingProductCodeValidFromAndKindAreEachNamed() {
            TariffDetails details = new TariffDetails(null, null, null, null, null, null, null, null);
            assertThat(fields(details)).containsExactly("productCode", "validFrom", "kind");
            assertThat(errors(details)).extracting(FieldError::message).containsOnly("is required");
        }

        @Test
        void aBlankProductCodeIsMissingToo() {
            assertThat(fields(
                            new TariffDetails(Tariff.Kind.PERMIT, " ", FROM, null, permitPricing(), null, null, null)))
                    .containsExactly("productCode");
        }

        @ParameterizedTest
        @ValueSource(strings = {"resident", "R", "RES IDENT", "-RESIDENT", "RÉSIDENT"})
        void aProductCodeOfTheWrongFormIsNamed(String code) {
            assertThat(fields(
                            new TariffDetails(Tariff.Kind.PERMIT, code, FROM, null, permitPricing(), null, null, null)))
                    .containsExactly("productCode");
        }

        @Test
        void validToBeforeValidFromIsNamed() {
            TariffDetails details = new TariffDetails(
                    Tariff.Kind.PERMIT, "RESIDENT", FROM, FROM.minusDays(1), permitPricing(), null, null, null);
            assertThat(fields(details)).containsExactly("validTo");
            assertThat(messageOf(details, "validTo")).isEqualTo("must not be before validFrom");
            assertThat(errors(new TariffDetails(
                            Tariff.Kind.PERMIT, "RESIDENT", FROM, FROM, permitPricing(), null, null, null)))
                    .as("a one-day period")
                    .isEmpty();
        }

        @Test
        void theStructureOfAnotherKindIsRefused() {
            TariffDetails details = new TariffDetails(
                    Tariff.Kind.PERMIT,
                    "RESIDENT",
                    FROM,
                    null,
                    permitPricing(),
                    retributionTariff(List.of(Zone.Kind.BLUE)),
                    null,
                    null);
            assertThat(fields(details)).containsExactly("retribution");
            assertThat(messageOf(details, "retribution"))
                    .contains("RETRIBUTION")
                    .contains("PERMIT");
        }

        @Test
        void onlyTheWrongStructureSentAlsoLacksTheRightOne() {
            TariffDetails details = new TariffDetails(
                    Tariff.Kind.GAS,
                    "GAS4_CAT1",
                    FROM,
                    null,
                    null,
                    null,
                    new ParkingTimeTariff(List.of(weekdayFrame())),
                    null);
            assertThat(fields(details)).containsExactly("parkingTime", "gas");
        }

        @Test
        void theStructureOfTheKindIsRequired() {
            assertThat(fields(permit(null))).containsExactly("permit");
            assertThat(fields(retribution(null))).containsExactly("retribution");
            assertThat(fields(gas(null))).containsExactly("gas");
            assertThat(fields(new TariffDetails(Tariff.Kind.PARKING_TIME, "P1", FROM, null, null, null, null, null)))
                    .containsExactly("parkingTime");
        }
    }

    @Nested
    class Amounts {

        @Test
        void aNegativeAmountIsNamed() {
            TariffDetails details = permit(new PermitPricing(eur("-1"), eur("50"), eur("100"), null));
            assertThat(fields(details)).containsExactly("permit.firstVehicle");
            assertThat(messageOf(details, "permit.firstVehicle")).isEqualTo("must not be negative");
        }

        @Test
        void threeDecimalsAreNamed() {
            TariffDetails details = permit(new PermitPricing(eur("25"), eur("50.125"), eur("100"), null));
            assertThat(fields(details)).containsExactly("permit.secondVehicle");
            assertThat(messageOf(details, "permit.secondVehicle")).contains("at most 2 decimals");
        }

        @Test
        void tooLargeAndMissingAmountsAreNamed() {
            assertThat(fields(permit(new PermitPricing(eur("25"), null, eur("100000.01"), null))))
                    .containsExactly("permit.secondVehicle", "permit.thirdVehicle");
        }

        @Test
        void reductionsAreCheckedOneByOne() {
            TariffDetails details = permit(new PermitPricing(
                    eur("25"),
                    eur("50"),
                    eur("100"),
                    Arrays.asList(
                            new Reduction("LOW_INCOME", eur("5")),
                            new Reduction("low income", eur("-5")),
                            null,
                            new Reduction("LOW_INCOME", eur("1.001")))));
            assertThat(fields(details))
                    .containsExactly(
                            "permit.reductions[1].category",
                            "permit.reductions[1].amount",
                            "permit.reductions[2]",
                            "permit.reductions[3].category",
                            "permit.reductions[3].amount");
            assertThat(messageOf(details, "permit.reductions[3].category")).isEqualTo("is listed twice");
        }
    }

    @Nested
    class Retribution {

        @Test
        void withoutZoneKindsIsNamed() {
            TariffDetails missing = retribution(retributionTariff(null));
            assertThat(fields(missing)).containsExactly("retribution.zoneKinds");
            assertThat(messageOf(missing, "retribution.zoneKinds")).isEqualTo("is required");
            TariffDetails empty = retribution(retributionTariff(List.of()));
            assertThat(fields(empty)).containsExactly("retribution.zoneKinds");
            assertThat(messageOf(empty, "retribution.zoneKinds")).contains("at least one zone kind");
        }

        @Test
        void unitAndPaymentTermAreChecked() {
            assertThat(fields(
                            retribution(new RetributionTariff(eur("35"), null, eur("-2"), 0, List.of(Zone.Kind.BLUE)))))
                    .containsExactly("retribution.unit", "retribution.reminderFee", "retribution.paymentTermDays");
            assertThat(fields(retribution(new RetributionTariff(
                            eur("35"), RetributionTariff.Unit.HALF_DAY, null, null, List.of(Zone.Kind.BLUE)))))
                    .containsExactly("retribution.paymentTermDays");
        }
    }

    @Nested
    class ParkingTime {

        static final String FRAME = "parkingTime.timeFrames[0]";

        @Test
        void anOpenEndedFareStepMustBeTheLast() {
            TariffDetails details =
                    parkingTime(frame(WEEKDAYS, "09:00", "18:00", step(15, "0.50", null), step(15, "0.75", 120)));
            assertThat(fields(details)).containsExactly(FRAME + ".fareSteps[0].untilMinute");
            assertThat(messageOf(details, FRAME + ".fareSteps[0].untilMinute")).contains("only the last");
        }

        @Test
        void untilMinuteMustIncrease() {
            assertThat(fields(parkingTime(frame(
                            WEEKDAYS,
                            "09:00",
                            "18:00",
                            step(15, "0.50", 60),
                            step(15, "0.75", 60),
                            step(15, "1", 30),
                            step(15, "1", null)))))
                    .containsExactly(FRAME + ".fareSteps[1].untilMinute", FRAME + ".fareSteps[2].untilMinute");
            assertThat(fields(parkingTime(frame(WEEKDAYS, "09:00", "18:00", step(15, "0.50", 0)))))
                    .containsExactly(FRAME + ".fareSteps[0].untilMinute");
        }

        @Test
        void fareStepsNeedAStepLengthAndAnAmount() {
            assertThat(fields(parkingTime(new TimeFrame(
                            WEEKDAYS,
                            "09:00",
                            "18:00",
                            180,
                            List.of(new FareStep(0, eur("1"), 60), new FareStep(null, null, null))))))
                    .containsExactly(
                            FRAME + ".fareSteps[0].stepMinutes",
                            FRAME + ".fareSteps[1].stepMinutes",
                            FRAME + ".fareSteps[1].amount");
            assertThat(fields(parkingTime(new TimeFrame(WEEKDAYS, "09:00", "18:00", 180, List.of()))))
                    .containsExactly(FRAME + ".fareSteps");
        }

        @Test
        void framesOverlappingOnACommonDayAreNamed() {
            TariffDetails details = parkingTime(
                    weekdayFrame(), frame(List.of(FRIDAY, SATURDAY), "17:00", "20:00", step(60, "1", null)));
            assertThat(fields(details)).containsExactly("parkingTime.timeFrames[1]");
            assertThat(messageOf(details, "parkingTime.timeFrames[1]"))
                    .isEqualTo("overlaps time frame 0 on a common day");
        }

        @Test
        void theSameHoursOnOtherDaysDoNotOverlap() {
            assertThat(errors(parkingTime(
                            weekdayFrame(), frame(List.of(SATURDAY, SUNDAY), "09:00", "18:00", step(60, "1", null)))))
                    .isEmpty();
        }

        @Test
        void fromMustBeBeforeTo() {
            assertThat(fields(parkingTime(frame(WEEKDAYS, "18:00", "09:00", step(60, "1", null)))))
                    .containsExactly(FRAME + ".to");
            TariffDetails equal = parkingTime(frame(WEEKDAYS, "09:00", "09:00", step(60, "1", null)));
            assertThat(fields(equal)).containsExactly(FRAME + ".to");
            assertThat(messageOf(equal, FRAME + ".to")).isEqualTo("must be later than from");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9:00", "09h00", "12:60", "noon", "09:00:00"})
        void aBadFromTimeIsNamed(String from) {
            assertThat(fields(parkingTime(frame(WEEKDAYS, from, "18:00", step(60, "1", null)))))
                    .containsExactly(FRAME + ".from");
        }

        @ParameterizedTest
        @ValueSource(strings = {"24:01", "25:00", "18.00", ""})
        void aBadToTimeIsNamed(String to) {
            assertThat(fields(parkingTime(frame(WEEKDAYS, "09:00", to, step(60, "1", null)))))
                    .containsExactly(FRAME + ".to");
        }

        @Test
        void daysMustBeListedOnceEach() {
            assertThat(fields(parkingTime(frame(List.of(MONDAY, MONDAY), "09:00", "18:00", step(60, "1", null)))))
                    .containsExactly(FRAME + ".days");
            assertThat(fields(parkingTime(frame(List.of(), "09:00", "18:00", step(60, "1", null)))))
                    .containsExactly(FRAME + ".days");
        }

        @Test
        void atLeastOneFrameIsNeeded() {
            assertThat(fields(parkingTime())).containsExactly("parkingTime.timeFrames");
        }
    }

    @Nested
    class Gas {

        @Test
        void gas4WithPerKmhStepsIsNamed() {
            TariffDetails details =
                    gas(new GasTariff(GasTariff.Regime.GAS4, eur("58"), List.of(new KmhStep(1, 10, eur("2")))));
            assertThat(fields(details)).containsExactly("gas.perKmhSteps");
            assertThat(messageOf(details, "gas.perKmhSteps")).contains("GAS 5");
        }

        @Test
        void gas5BandsWithAGapAreNamed() {
            TariffDetails details = gas(new GasTariff(
                    GasTariff.Regime.GAS5,
                    eur("53"),
                    List.of(new KmhStep(1, 10, eur("2")), new KmhStep(12, 20, eur("5")))));
            assertThat(fields(details)).containsExactly("gas.perKmhSteps[1].fromKmh");
            assertThat(messageOf(details, "gas.perKmhSteps[1].fromKmh")).startsWith("must be 11");
        }

        @Test
        void gas5BandsMustStartAt1AndNotRunBackwards() {
            assertThat(fields(gas(new GasTariff(
                            GasTariff.Regime.GAS5,
                            eur("53"),
                            List.of(new KmhStep(5, 10, eur("2")), new KmhStep(11, 10, eur("5")))))))
                    .containsExactly("gas.perKmhSteps[0].fromKmh", "gas.perKmhSteps[1].toKmh");
        }

        @Test
        void regimeAndBaseAmountAreRequired() {
            assertThat(fields(gas(new GasTariff(null, null, null)))).containsExactly("gas.regime", "gas.baseAmount");
        }
    }
}
