package be.ptrpas.platform.audit;

import java.time.Instant;

/**
 * One read of personal data: who ({@code actor}, {@code actorRole}), when, what ({@code resource} with the item's id,
 * or the list query) and why ({@code purpose}, stated by the caller or the role's). {@code tenant} is null for the
 * platform-wide registers (disabled-person cards), which belong to no municipality. {@code subjectKey} names whose data
 * was disclosed (the pass's holder key), null when the reading feature noted nobody ({@link ReadSubjects}).
 */
record ReadRecord(
        String tenant,
        Instant readAt,
        String actor,
        String actorRole,
        String resource,
        String resourceId,
        String query,
        String purpose,
        boolean purposeStated,
        String subjectKey) {

    ReadRecord {
        actor = cut(actor, 200);
        resourceId = cut(resourceId, 100);
        query = cut(query, 500);
        purpose = cut(purpose, 200);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
