package be.ptrpas.platform.enforcement.card;

import java.time.LocalDate;

/**
 * A card as the issuing authority knows it: its number, its holder, and the days it is valid (inclusive, Belgian
 * time). Every card carries an expiry date.
 */
public record DisabledCardDetails(
        String number, String holderNationalNumber, LocalDate validFrom, LocalDate validUntil) {}
