package be.ptrpas.platform.tariff;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Dates;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tariff as an admin sends it: the product, the period (inclusive dates; {@code validTo} null = until further
 * notice) and exactly one price structure, the one matching {@code kind}.
 */
public record TariffDetails(
        @Schema(required = true) Tariff.Kind kind,
        @Schema(required = true) String productCode,
        @Schema(required = true) LocalDate validFrom,
        LocalDate validTo,
        TariffDefinitions.PermitPricing permit,
        TariffDefinitions.RetributionTariff retribution,
        TariffDefinitions.ParkingTimeTariff parkingTime,
        TariffDefinitions.GasTariff gas) {

    public static final Pattern PRODUCT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

    Object definition() {
        return switch (kind) {
            case PERMIT -> permit;
            case RETRIBUTION -> retribution;
            case PARKING_TIME -> parkingTime;
            case GAS -> gas;
        };
    }

    public void validate(Violations v) {
        if (v.required("productCode", productCode)) {
            v.matches("productCode", productCode, PRODUCT_CODE, "must be 2-40 upper-case letters, digits, '_' or '-'");
        }
        v.required("validFrom", validFrom);
        Dates.checkRange(v, "validFrom", validFrom);
        Dates.checkRange(v, "validTo", validTo);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            v.add("validTo", "must not be before validFrom");
        }
        if (!v.required("kind", kind)) {
            return;
        }
        checkOnly(v, "permit", permit, Tariff.Kind.PERMIT);
        checkOnly(v, "retribution", retribution, Tariff.Kind.RETRIBUTION);
        checkOnly(v, "parkingTime", parkingTime, Tariff.Kind.PARKING_TIME);
        checkOnly(v, "gas", gas, Tariff.Kind.GAS);
        switch (kind) {
            case PERMIT -> TariffDefinitions.validatePermit(v, "permit", permit);
            case RETRIBUTION -> TariffDefinitions.validateRetribution(v, "retribution", retribution);
            case PARKING_TIME -> TariffDefinitions.validateParkingTime(v, "parkingTime", parkingTime);
            case GAS -> TariffDefinitions.validateGas(v, "gas", gas);
        }
    }

    private void checkOnly(Violations v, String field, Object value, Tariff.Kind owner) {
        if (value != null && kind != owner) {
            v.add(field, "belongs to kind " + owner + ", not " + kind + "; send only the structure of your kind");
        }
    }
}
