package be.ptrpas.platform.gas;

import be.ptrpas.platform.tariff.TariffDefinitions.GasTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.KmhStep;
import be.ptrpas.platform.tariff.TariffView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The amount of a GAS fine from the municipality's GAS tariff in force on the offence day. GAS 4: the category's
 * amount. GAS 5: the base amount plus, for each km/h over the limit, the rate of the band that km/h falls in.
 *
 * <p>A GAS 5 tariff must follow the federal immediate-collection scale for speeding: art. 29quater of the Road Traffic
 * Act (Wegverkeerswet 16 March 1968, inserted for GAS 5 from 1 February 2021, with art. 3 of the Law of 24 June 2013
 * on municipal administrative sanctions) sets the administrative fine at the amount of the immediate collection, and
 * the KB/AR of 19 December 2003 on immediate collection for road traffic offences (art. 2, speed amounts, as amended
 * and indexed) sets that at €53 for up to 10 km/h over, plus €11 for each km/h beyond 10 in a built-up area, zone 30,
 * school area or residential area (€6 elsewhere). As bands for a 30 or 50 zone: base €53, 1–10 at €0, 11–20 at €11;
 * so 14 km/h over costs 53 + 4 × 11 = €97 and 15 km/h over €108. The demo tariffs follow this (GasAmountsTest).
 */
public final class GasAmounts {

    private GasAmounts() {}

    /** Why an amount could not be worked out: the field it concerns and the message for it. */
    public static final class NoAmount extends Exception {
        private final String field;

        NoAmount(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The tariff of {@code productCode} for {@code kind} in force on {@code day}, among the municipality's GAS tariffs. */
    public static TariffView tariffFor(List<TariffView> gasTariffs, GasKind kind, String productCode, LocalDate day)
            throws NoAmount {
        List<TariffView> product = gasTariffs.stream()
                .filter(t -> t.gas() != null && productCode.equals(t.productCode()))
                .toList();
        if (product.isEmpty()) {
            throw new NoAmount("productCode", "the municipality has no GAS tariff " + productCode);
        }
        TariffView inForce = product.stream()
                .filter(t -> inForce(t, day))
                .findFirst()
                .orElseThrow(() -> new NoAmount(
                        "productCode",
                        "GAS tariff " + productCode + " is not in force on the " + "offence day " + day));
        if (!inForce.gas().regime().name().equals(kind.name())) {
            throw new NoAmount(
                    "productCode", productCode + " is a " + inForce.gas().regime() + " tariff, not " + kind);
        }
        return inForce;
    }

    /** The cheapest GAS 4 tariff in force on {@code day}: what a scan-car proposal starts from. */
    public static Optional<TariffView> cheapestGas4(List<TariffView> gasTariffs, LocalDate day) {
        return gasTariffs.stream()
                .filter(t -> t.gas() != null && t.gas().regime() == GasTariff.Regime.GAS4 && inForce(t, day))
                .min(Comparator.comparing((TariffView t) -> t.gas().baseAmount())
                        .thenComparing(TariffView::productCode));
    }

    /** GAS 4: the category's amount. */
    public static BigDecimal gas4(GasTariff tariff) {
        return tariff.baseAmount().setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * GAS 5: base + per km/h over the limit the rate of its band. A speed beyond the last band is not a GAS 5 matter
     * (it goes to the public prosecutor), so no amount.
     */
    public static BigDecimal gas5(GasTariff tariff, int measuredKmh, int limitKmh) throws NoAmount {
        int over = measuredKmh - limitKmh;
        if (over <= 0) {
            throw new NoAmount("measuredSpeed", "must be above the speed limit (" + limitKmh + " km/h)");
        }
        List<KmhStep> bands = tariff.perKmhSteps() == null ? List.of() : tariff.perKmhSteps();
        int covered = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).toKmh();
        if (over > covered) {
            throw new NoAmount(
                    "measuredSpeed",
                    over + " km/h over the limit is beyond the GAS 5 tariff's bands (up to " + covered
                            + " km/h over): not a GAS 5 matter but one for the public prosecutor");
        }
        BigDecimal amount = tariff.baseAmount();
        for (KmhStep band : bands) {
            int from = band.fromKmh();
            int to = Math.min(band.toKmh(), over);
            if (to >= from) {
                amount = amount.add(band.amountPerKmh().multiply(BigDecimal.valueOf(to - from + 1L)));
            }
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static boolean inForce(TariffView tariff, LocalDate day) {
        return !tariff.validFrom().isAfter(day)
                && (tariff.validTo() == null || !tariff.validTo().isBefore(day));
    }
}
