package be.ptrpas.platform.enforcement.iod;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** An IOD permit as the API shows it. */
public record IodPermitView(
        String id,
        String reference,
        String holder,
        String purpose,
        IodArea.Kind areaKind,
        JsonObject area,
        Double widthMetres,
        Instant validFrom,
        Instant validTo,
        List<Plate> plates,
        boolean anyVehicle,
        Instant revokedAt,
        Instant createdAt) {

    /** A plate in display form with its country. */
    public record Plate(String plate, String country) {}

    static IodPermitView of(IodPermit permit) {
        JsonObject area;
        try (var reader = Json.createReader(new StringReader(permit.geometryJson()))) {
            area = reader.readObject();
        }
        return new IodPermitView(
                permit.id(),
                permit.reference(),
                permit.holder(),
                permit.purpose(),
                permit.area().kind(),
                area,
                permit.widthMetres(),
                permit.validFrom(),
                permit.validTo(),
                permit.plates(),
                permit.anyVehicle(),
                permit.revokedAt(),
                permit.createdAt());
    }
}
