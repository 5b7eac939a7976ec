package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassEntry;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * A retribution as its plate holder's pass shows it, once the vehicle register has named the holder (a person, or a
 * company for lease and company cars). Issued by whoever the municipality's business model names (the municipality,
 * or its concession holder). One under a clerk's review owes nothing yet.
 */
final class RetributionPass {

    private RetributionPass() {}

    static PassEntry entry(String municipality, Retribution retribution, String note) {
        PassHolder holder = PassHolder.ofEither(retribution.holderId()).orElse(null);
        Retribution.Status status = retribution.status();
        long amount = retribution.amount().movePointRight(2).longValueExact();
        return new PassEntry(
                municipality,
                PassKind.RETRIBUTION,
                retribution.id(),
                holder,
                retribution.paymentReference(),
                retribution.plate() + " · " + retribution.zoneCode(),
                retribution.issuer(),
                switch (status) {
                    case ISSUED -> PassStatus.RECEIVED;
                    case REVIEW -> PassStatus.IN_PROGRESS;
                    case PAID -> PassStatus.HANDLED;
                    case CANCELLED -> PassStatus.CANCELLED;
                },
                money(retribution),
                amount,
                retribution.paidCents(),
                status == Retribution.Status.ISSUED ? retribution.dueDate() : null,
                retribution.paymentReference(),
                retribution.observedAt(),
                null,
                details(retribution),
                note);
    }

    /** What the money state is, from the status and what the payments brought in and paid back. */
    static MoneyState money(Retribution retribution) {
        long paid = retribution.paidCents();
        return switch (retribution.status()) {
            case ISSUED -> paid > 0 ? MoneyState.PARTLY_PAID : MoneyState.OPEN;
            case REVIEW -> null;
            case PAID -> MoneyState.PAID;
            case CANCELLED ->
                paid > 0
                        ? MoneyState.REFUND_PENDING
                        : retribution.refundedCents() > 0 ? MoneyState.REFUNDED : MoneyState.CANCELLED;
        };
    }

    private static JsonObject details(Retribution retribution) {
        JsonArrayBuilder evidence = Json.createArrayBuilder();
        if (retribution.evidenceRef() != null) {
            evidence.add(retribution.evidenceRef());
        }
        return Json.createObjectBuilder()
                .add("plate", retribution.plate())
                .add("country", retribution.country())
                .add("zone", retribution.zoneCode())
                .add("observedAt", retribution.observedAt().toString())
                .add(
                        "position",
                        Json.createObjectBuilder()
                                .add("lat", retribution.latitude())
                                .add("lon", retribution.longitude()))
                .add("evidence", evidence)
                .add("collector", retribution.collector())
                .add(
                        "lines",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("label", retribution.tariffProduct())
                                        .add(
                                                "amount",
                                                retribution.amount().setScale(2).toPlainString())))
                .build();
    }
}
