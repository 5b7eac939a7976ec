package be.ptrpas.platform.enforcement.card;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A card as the issuing authority knows it: its number, its holder, and the days it is valid (inclusive, Belgian
 * time). Every card carries an expiry date.
 */
public record DisabledCardDetails(
        @Schema(required = true) String number,
        @Schema(required = true) String holderNationalNumber,
        @Schema(required = true) LocalDate validFrom,
        @Schema(required = true) LocalDate validUntil) {}
