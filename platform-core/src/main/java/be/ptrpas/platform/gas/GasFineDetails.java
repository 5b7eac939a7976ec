package be.ptrpas.platform.gas;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fine as a clerk or warden registers it. {@code productCode}: the municipality's GAS tariff (a GAS 4 category
 * such as GAS4_CAT1, or the GAS 5 speeding tariff); the amount follows from it. {@code offender} may be left out
 * when not yet known (it is then needed to notify). GAS 5 needs the (corrected) {@code measuredSpeed} and the
 * {@code speedLimit} in km/h; GAS 4 has neither.
 */
public record GasFineDetails(
        @Schema(required = true) GasKind kind,
        @Schema(required = true) String productCode,
        @Schema(required = true) String plate,
        String country,
        PartyInput offender,
        @Schema(required = true) Instant offenceAt,
        @Schema(required = true) String place,
        String zone,
        Double latitude,
        Double longitude,
        String offence,
        String evidenceRef,
        Integer measuredSpeed,
        Integer speedLimit) {

    /** A person (national number) or a company (company number), and a name. */
    @Schema(name = "GasPartyInput")
    public record PartyInput(String nationalNumber, String companyNumber, String name) {}
}
