package be.ptrpas.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/** An audit event as the tenant's admin reads it; before/after are the JSON representations of the item. */
public record AuditEntry(String id, Instant occurredAt, String actor, String actorRole, String action,
                         String entityType, String entityId, JsonValue before, JsonValue after) {

    static JsonValue parse(String json) {
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
