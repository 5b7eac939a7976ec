package be.ptrpas.platform.gas;

import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassEntry;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * A GAS fine as the addressee's pass shows it. The addressee is whoever the procedure now addresses (the holder, or
 * the driver the holder designated): when it changes, the item moves to the new addressee's pass. Issued by the
 * municipality's sanctioning official, whatever its business model (a GAS sanction is never delegated).
 */
final class GasFinePass {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private GasFinePass() {}

    static PassEntry entry(String municipality, GasFine fine, String note) {
        GasFine.Party offender = fine.offender();
        PassHolder holder = offender == null
                ? null
                : PassHolder.of(offender.nationalNumber(), offender.companyNumber())
                        .orElse(null);
        State state = fine.state();
        Long amount = cents(fine.amount());
        long paid = fine.paidAmount() == null ? 0 : cents(fine.paidAmount());
        return new PassEntry(
                municipality,
                PassKind.GAS_FINE,
                fine.id(),
                holder,
                fine.reference(),
                fine.plate() + (fine.place() == null ? "" : " · " + fine.place()),
                null,
                status(state),
                money(state),
                amount,
                paid,
                state == State.PAID || state == State.CLOSED
                        ? null
                        : fine.terms().paymentDue(),
                fine.paymentReference(),
                fine.offenceAt(),
                null,
                details(fine),
                note);
    }

    static PassStatus status(State state) {
        return switch (state) {
            case REGISTERED -> PassStatus.RECEIVED;
            case NOTIFIED, DEFENCE_FILED, DRIVER_DESIGNATED, DECIDED, APPEALED, APPEAL_REJECTED, HANDED_TO_COLLECTION ->
                PassStatus.IN_PROGRESS;
            case PAID -> PassStatus.HANDLED;
            case CLOSED -> PassStatus.CANCELLED;
        };
    }

    /** Nothing is owed before the addressee is notified; a defence or an appeal puts the amount in dispute. */
    static MoneyState money(State state) {
        return switch (state) {
            case REGISTERED, DRIVER_DESIGNATED -> null;
            case NOTIFIED, DECIDED, APPEAL_REJECTED -> MoneyState.OPEN;
            case DEFENCE_FILED, APPEALED -> MoneyState.IN_DISPUTE;
            case HANDED_TO_COLLECTION -> MoneyState.HANDED_TO_COLLECTION;
            case PAID -> MoneyState.PAID;
            case CLOSED -> MoneyState.CANCELLED;
        };
    }

    private static jakarta.json.JsonObject details(GasFine fine) {
        JsonObjectBuilder details = Json.createObjectBuilder()
                .add("gasKind", fine.kind().name())
                .add("plate", fine.plate())
                .add("country", fine.country())
                .add("offence", fine.offence() == null ? "" : fine.offence())
                .add(
                        "offenceAt",
                        fine.offenceAt().atZone(BRUSSELS).toOffsetDateTime().toString());
        if (fine.place() != null) {
            details.add("place", fine.place());
        }
        if (fine.zoneCode() != null) {
            details.add("zone", fine.zoneCode());
        }
        if (fine.latitude() != null && fine.longitude() != null) {
            details.add(
                    "position",
                    Json.createObjectBuilder().add("lat", fine.latitude()).add("lon", fine.longitude()));
        }
        if (fine.measuredSpeed() != null && fine.speedLimit() != null) {
            details.add("measuredSpeed", fine.measuredSpeed()).add("speedLimit", fine.speedLimit());
        }
        JsonArrayBuilder evidence = Json.createArrayBuilder();
        if (fine.evidenceRef() != null) {
            evidence.add(fine.evidenceRef());
        }
        details.add("evidence", evidence);
        if (fine.amount() != null) {
            details.add(
                    "lines",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("label", "GAS " + (fine.kind() == GasKind.GAS5 ? "5" : "4"))
                                    .add("amount", fine.amount().setScale(2).toPlainString())));
        }
        return details.build();
    }

    private static Long cents(BigDecimal euros) {
        return euros == null ? null : euros.movePointRight(2).longValueExact();
    }
}
