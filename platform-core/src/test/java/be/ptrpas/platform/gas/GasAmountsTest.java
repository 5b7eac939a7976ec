package be.ptrpas.platform.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffDefinitions.GasTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.KmhStep;
import be.ptrpas.platform.tariff.TariffView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts from the demo municipalities' GAS tariffs: GAS4_CAT1 €58, GAS4_CAT2 €116, GAS5_SPEED on the federal
 * immediate-collection scale for a built-up area, zone 30 or school area: €53 up to 10 km/h over, then €11 for each
 * km/h above 10 (KB 19 December 2003 on immediate collection for road traffic offences, as amended; GAS 5 follows it,
 * art. 29quater Road Traffic Act 16 March 1968 with the Law of 24 June 2013 on municipal administrative sanctions).
 */
class GasAmountsTest {

    static final GasTariff CAT1 = new GasTariff(GasTariff.Regime.GAS4, new BigDecimal("58.00"), List.of());
    static final GasTariff CAT2 = new GasTariff(GasTariff.Regime.GAS4, new BigDecimal("116.00"), List.of());
    static final GasTariff SPEED = new GasTariff(
            GasTariff.Regime.GAS5,
            new BigDecimal("53.00"),
            List.of(new KmhStep(1, 10, new BigDecimal("0.00")), new KmhStep(11, 20, new BigDecimal("11.00"))));
    /** The speeding tariff from 2026: a higher base. */
    static final GasTariff SPEED_2026 =
            new GasTariff(GasTariff.Regime.GAS5, new BigDecimal("60.00"), SPEED.perKmhSteps());

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
        "51, 50, 53.00", // 1 km/h: the base only
        "60, 50, 53.00", // 10 km/h: still the base only
        "61, 50, 64.00", // 11 km/h: 53 + 11
        "64, 50, 97.00", // 14 km/h: 53 + 4 × 11 (the demo once said 157)
        "65, 50, 108.00", // 15 km/h: 53 + 5 × 11
        "70, 50, 163.00", // 20 km/h: 53 + 10 × 11, the last band's end
        "42, 30, 75.00"
    }) // 12 km/h: 53 + 2 × 11
    void gas5AddsTheRateOfItsBandForEachKmhOverTheLimit(int measured, int limit, String expected) throws Exception {
        assertThat(GasAmounts.gas5(SPEED, measured, limit)).isEqualByComparingTo(expected);
    }

    @Test
    void gas5BeyondTheLastBandOrNotOverTheLimitHasNoAmount() {
        GasAmounts.NoAmount beyond =
                catchThrowableOfType(GasAmounts.NoAmount.class, () -> GasAmounts.gas5(SPEED, 71, 50));
        assertThat(beyond.field()).isEqualTo("measuredSpeed");
        assertThat(beyond.getMessage()).contains("21 km/h over").contains("up to 20");
        GasAmounts.NoAmount notOver =
                catchThrowableOfType(GasAmounts.NoAmount.class, () -> GasAmounts.gas5(SPEED, 50, 50));
        assertThat(notOver.getMessage()).contains("above the speed limit");
    }

    @Test
    void theTariffInForceOnTheOffenceDayIsUsed() throws Exception {
        TariffView before = GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2025, 12, 31));
        TariffView after = GasAmounts.tariffFor(TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2026, 1, 1));
        assertThat(GasAmounts.gas5(before.gas(), 65, 50)).isEqualByComparingTo("108.00");
        assertThat(GasAmounts.gas5(after.gas(), 65, 50)).isEqualByComparingTo("115.00");
    }

    @Test
    void aTariffOfAnotherRegimeNotYetInForceOrUnknownIsRefused() {
        assertThat(catchThrowableOfType(
                                GasAmounts.NoAmount.class,
                                () -> GasAmounts.tariffFor(
                                        TARIFFS, GasKind.GAS5, "GAS4_CAT1", LocalDate.of(2025, 1, 1)))
                        .getMessage())
                .contains("GAS4 tariff, not GAS5");
        assertThat(catchThrowableOfType(
                                GasAmounts.NoAmount.class,
                                () -> GasAmounts.tariffFor(
                                        TARIFFS, GasKind.GAS5, "GAS5_SPEED", LocalDate.of(2020, 6, 1)))
                        .getMessage())
                .contains("not in force on the offence day 2020-06-01");
        GasAmounts.NoAmount unknown = catchThrowableOfType(
                GasAmounts.NoAmount.class,
                () -> GasAmounts.tariffFor(TARIFFS, GasKind.GAS4, "GAS4_CAT9", LocalDate.of(2025, 1, 1)));
        assertThat(unknown.field()).isEqualTo("productCode");
        assertThat(unknown.getMessage()).contains("no GAS tariff GAS4_CAT9");
    }

    @Test
    void aScanProposalStartsFromTheCheapestGas4TariffInForce() {
        assertThat(GasAmounts.cheapestGas4(TARIFFS, LocalDate.of(2025, 1, 1)))
                .get()
                .extracting(TariffView::productCode)
                .isEqualTo("GAS4_CAT1");
        assertThat(GasAmounts.cheapestGas4(TARIFFS, LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(GasAmounts.cheapestGas4(TARIFFS.subList(2, 4), LocalDate.of(2025, 1, 1)))
                .as("GAS 5 only")
                .isEmpty();
    }

    /**
     * The federal scale GAS 5 must follow, per km/h over the limit in a built-up area, zone 30, school area or
     * residential area (where 30 and 50 km/h limits apply): KB 19 December 2003 "betreffende de onmiddellijke inning
     * en de consignatie van een som bij de vaststelling van overtredingen inzake het wegverkeer", art. 2 (amounts for
     * exceeding the speed limit, as amended and indexed): €53 up to 10 km/h over, plus €11 per km/h beyond 10 (€6
     * outside built-up areas). GAS 5 covers at most 20 km/h over (art. 29quater Road Traffic Act).
     */
    static BigDecimal federalBuiltUpScale(int kmhOver) {
        return new BigDecimal("53.00")
                .add(new BigDecimal("11.00").multiply(BigDecimal.valueOf(Math.max(0, kmhOver - 10))));
    }

    @Test
    void everyDemoSpeedingTariffChargesTheFederalScale() throws Exception {
        JsonObject demo;
        try (var in = GasAmountsTest.class.getResourceAsStream("/demo/demo-data.json");
                var reader = Json.createReader(in)) {
            demo = reader.readObject();
        }
        int checked = 0;
        for (JsonObject tenant : demo.getJsonArray("tenants").getValuesAs(JsonObject.class)) {
            for (JsonObject tariff : tenant.getJsonArray("tariffs").getValuesAs(JsonObject.class)) {
                JsonObject gas = tariff.getJsonObject("gas");
                if (gas == null || !"GAS5".equals(gas.getString("regime"))) {
                    continue;
                }
                List<KmhStep> steps = gas.getJsonArray("perKmhSteps").getValuesAs(JsonObject.class).stream()
                        .map(s -> new KmhStep(
                                s.getInt("fromKmh"),
                                s.getInt("toKmh"),
                                s.getJsonNumber("amountPerKmh").bigDecimalValue()))
                        .toList();
                GasTariff speeding = new GasTariff(
                        GasTariff.Regime.GAS5, gas.getJsonNumber("baseAmount").bigDecimalValue(), steps);
                String where =
                        tenant.getJsonObject("tenant").getString("nisCode") + " " + tariff.getString("productCode");
                for (int over = 1; over <= 20; over++) {
                    assertThat(GasAmounts.gas5(speeding, 50 + over, 50))
                            .as(where + ", " + over + " km/h over")
                            .isEqualByComparingTo(federalBuiltUpScale(over));
                }
                assertThat(GasAmounts.gas5(speeding, 64, 50))
                        .as(where + ": 14 km/h over in a 50 zone")
                        .isEqualByComparingTo("97.00");
                checked++;
            }
        }
        assertThat(checked).as("the demo has speeding tariffs").isPositive();
    }
}
