package be.ptrpas.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/**
 * An audit event as the tenant's admin reads it. A change has before/after (the JSON representations of the item);
 * a read ({@code action} {@value #READ}) has the item's id or, for a list, the {@code query} asked, and its
 * {@code purpose} ({@code purposeStated}: given by the caller rather than taken from the role).
 */
public record AuditEntry(
        String id,
        Instant occurredAt,
        String actor,
        String actorRole,
        String action,
        String entityType,
        String entityId,
        JsonValue before,
        JsonValue after,
        String query,
        String purpose,
        Boolean purposeStated) {

    public static final String READ = "READ";

    static AuditEntry change(
            String id,
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String entityType,
            String entityId,
            String before,
            String after) {
        return new AuditEntry(
                id,
                occurredAt,
                actor,
                actorRole,
                action,
                entityType,
                entityId,
                parse(before),
                parse(after),
                null,
                null,
                null);
    }

    static AuditEntry read(
            String id,
            Instant occurredAt,
            String actor,
            String actorRole,
            String entityType,
            String entityId,
            String query,
            String purpose,
            boolean purposeStated) {
        return new AuditEntry(
                id,
                occurredAt,
                actor,
                actorRole,
                READ,
                entityType,
                entityId,
                null,
                null,
                query,
                purpose,
                purposeStated);
    }

    static JsonValue parse(String json) {
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
