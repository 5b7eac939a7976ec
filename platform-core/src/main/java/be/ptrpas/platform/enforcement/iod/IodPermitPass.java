package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.pass.PassEntry;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;

/**
 * An IOD permit as its holder's pass shows it: granted (in force, then "expires soon" and "expired" as its end
 * nears and passes) or revoked. It asks no money of the pass: the municipality's IOD fee is settled in its IOD
 * system.
 */
final class IodPermitPass {

    private IodPermitPass() {}

    static PassEntry entry(String municipality, IodPermit permit, String note) {
        return new PassEntry(
                municipality,
                PassKind.IOD_PERMIT,
                permit.id(),
                permit.holderNumber(),
                permit.reference(),
                permit.purpose() == null ? permit.holder() : permit.purpose(),
                null,
                permit.revokedAt() == null ? PassStatus.HANDLED : PassStatus.CANCELLED,
                null,
                null,
                0,
                null,
                null,
                permit.validFrom(),
                permit.validTo(),
                details(permit),
                note);
    }

    private static JsonObject details(IodPermit permit) {
        JsonArrayBuilder plates = Json.createArrayBuilder();
        permit.plates().forEach(p -> plates.add(p.plate()));
        JsonObjectBuilder details = Json.createObjectBuilder()
                .add("holder", permit.holder())
                .add("validFrom", permit.validFrom().toString())
                .add("validTo", permit.validTo().toString())
                .add("anyVehicle", permit.anyVehicle())
                .add("plates", plates);
        if (permit.purpose() != null) {
            details.add("purpose", permit.purpose());
        }
        try (var reader = Json.createReader(new StringReader(permit.geometryJson()))) {
            details.add("area", reader.readObject());
        }
        if (permit.revokedAt() != null) {
            details.add("revokedAt", permit.revokedAt().toString());
        }
        return details.build();
    }
}
