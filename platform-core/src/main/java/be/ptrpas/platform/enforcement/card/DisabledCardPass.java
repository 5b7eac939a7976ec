package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.pass.PassEntry;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A disabled-person parking card as its holder's pass shows it: in force in every municipality (so it belongs to
 * none), "expires soon" and "expired" as its end nears and passes, or revoked.
 */
final class DisabledCardPass {

    private DisabledCardPass() {}

    static PassEntry entry(DisabledCard card, String note) {
        JsonObjectBuilder details = Json.createObjectBuilder()
                .add("cardNumber", card.number())
                .add("validFrom", card.validFrom().toString())
                .add("validTo", card.validTo().toString());
        if (card.revokedAt() != null) {
            details.add("revokedAt", card.revokedAt().toString());
        }
        return new PassEntry(
                null,
                PassKind.DISABLED_CARD,
                card.id(),
                PassHolder.of(card.holderNationalNumber(), null).orElse(null),
                card.number(),
                null,
                null,
                card.revokedAt() == null ? PassStatus.HANDLED : PassStatus.CANCELLED,
                null,
                null,
                0,
                null,
                null,
                card.validFrom(),
                card.validTo(),
                details.build(),
                note);
    }
}
