package be.ptrpas.platform.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffDefinitions.GasTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.KmhStep;
import be.ptrpas.platform.tariff.TariffView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Amounts from the demo municipalities' GAS tariffs: GAS4_CAT1 €58, GAS4_CAT2 €116, GAS5_SPEED €53 + bands. */
class GasAmountsTest {

    static final GasTariff CAT1 = new GasTariff(GasTariff.Regime.GAS4, new BigDecimal("58.00"), List.of());
    static final GasTariff CAT2 = new GasTariff(GasTariff.Regime.GAS4, new BigDecimal("116.00"), List.of());
    static final GasTariff SPEED = new GasTariff(GasTariff.Regime.GAS5, new BigDecimal("53.00"), List.of(
            new KmhStep(1, 10, new BigDecimal("6.00")), new KmhStep(11, 20, new BigDecimal("11.00"))));
    /** The speeding tariff from 2026: a higher base. */
    static final GasTariff SPEED_2026 = new GasTariff(GasTariff.Regime.GAS5, new BigDecimal("60.00"), SPEED.perKmhSteps());

    static TariffView tariff(String product, LocalDate from, LocalDate to, GasTariff gas) {
        return new TariffView(product + from, Tariff.Kind.GAS, product, from, to, null, null, null, gas, 0, null);
    }

    static final List<TariffView> TARIFFS = List.of(
            tariff("GAS4_CAT1", LocalDate.of(2018, 9, 1), null, CAT1),
            tariff("GAS4_CAT2", LocalDate.of(2018, 9, 1), null, CAT2),
            tariff("GAS5_SPEED", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), SPEED),
            tariff("GAS5_SPEED", LocalDate.of(2026, 1, 1), null, SPEED_2026));

    @Test
    void gas4IsTheCategorysAmount() {
        assertThat(GasAmounts.gas4(CAT1)).isEqualByComparingTo("58.00");
        assertThat(GasAmounts.gas4(CAT2)).isEqualByComparingTo("116.00");
        assertThat(GasAmounts.gas4(CAT2).scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} in a {1} zone: {2}")
    @CsvSource({
            "51, 50, 59.00",   // 1 km/h: 53 + 6
            "60, 50, 113.00",  // 10 km/h: 53 + 10 × 6
            "61, 50, 124.00",  // 11 km/h: 53 + 60 + 11
            "65, 50, 168.00",  // 15 km/h: 53 + 60 + 5 × 11
            "70, 50, 223.00",  // 20 km/h: 53 + 60 + 110, the last band's end
            "42, 30, 135.00"}) // 12 km/h: 53 + 60 + 2 × 11
    void gas5AddsTheRateOfItsBandForEachKmhOverTheLimit(int measured, int limit, String expected) throws Exception {
        assertThat(GasAmounts.gas5(SPEED, measured, limit)).isEqualByComparingTo(expected);
    }

    @Test
    void gas5BeyondTheLastBandOrNotOverTheLimitHasNoAmount() {
        GasAmounts.NoAmount beyond = catchThrowableOfType(GasAmounts.NoAmount.class, () -> GasAmounts.gas5(SPEED, 71, 50));
        assertThat(beyond.field()).isEqualTo("measuredSpeed");
        assertThat(beyond.getMessage()).contains("21 km/h over").contains("up to 20");
        GasAmounts.NoAmount notOver = catchThrowableOfType(GasAmounts.NoAmount.class, () -> GasAmounts.gas5(SPEED, 50, 50));
        assertThat(notOver.getMessage()).contains("above the speed limit");
    }

    @Test
    void theTariffInForceOnTheOffenceDayIsUsed() throws Exception {
        TariffView before = GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2025, 12, 31));
        TariffView after = GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2026, 1, 1));
        assertThat(GasAmounts.gas5(before.gas(), 65, 50)).isEqualByComparingTo("168.00");
        assertThat(GasAmounts.gas5(after.gas(), 65, 50)).isEqualByComparingTo("175.00");
    }

    @Test
    void aTariffOfAnotherRegimeNotYetInForceOrUnknownIsRefused() {
        assertThat(catchThrowableOfType(GasAmounts.NoAmount.class, () ->
                GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS4_CAT1", LocalDate.of(2025, 1, 1))).getMessage())
                .contains("GAS4 tariff, not GAS5");
        assertThat(catchThrowableOfType(GasAmounts.NoAmount.class, () ->
                GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2020, 6, 1))).getMessage())
                .contains("not in force on the offence day 2020-06-01");
        GasAmounts.NoAmount unknown = catchThrowableOfType(GasAmounts.NoAmount.class, () ->
                GasAmounts.tariffFor(TARIFFS, GasKind.GAS4, "GAS4_CAT9", LocalDate.of(2025, 1, 1)));
        assertThat(unknown.field()).isEqualTo("productCode");
        assertThat(unknown.getMessage()).contains("no GAS tariff GAS4_CAT9");
    }

    @Test
    void aScanProposalStartsFromTheCheapestGas4TariffInForce() {
        assertThat(GasAmounts.cheapestGas4(TARIFFS, LocalDate.of(2025, 1, 1))).get()
                .extracting(TariffView::productCode).isEqualTo("GAS4_CAT1");
        assertThat(GasAmounts.cheapestGas4(TARIFFS, LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(GasAmounts.cheapestGas4(TARIFFS.subList(2, 4), LocalDate.of(2025, 1, 1))).as("GAS 5 only").isEmpty();
    }
}
