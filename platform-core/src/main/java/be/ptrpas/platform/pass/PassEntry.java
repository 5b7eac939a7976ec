package be.ptrpas.platform.pass;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a source feature says about one of its records, each time that record changes: the whole current state, not a
 * delta, so the pass never drifts from its source. {@link PassItems#record} keeps the item and its timeline.
 *
 * @param municipality NIS code of the municipality the record belongs to; null for platform-wide registers
 * @param kind what the record is
 * @param sourceId the record's own id in its feature (unique per kind)
 * @param holder whose pass it belongs on; null when nobody is known yet (then it is on no pass)
 * @param reference what the citizen quotes when they call the municipality (OGM, permit or fine reference)
 * @param subject a short description (the plate and the zone, the place of a permit)
 * @param issuer who issued it under the municipality's business model (the municipality or its concession holder)
 * @param status one of the stored statuses ({@link PassStatus#stored()})
 * @param money the money state, or null for an item without money
 * @param amountCents the amount asked, in euro cents, or null
 * @param paidCents what has been paid of it so far (net of refunds)
 * @param dueDate when the amount is due, or null
 * @param structuredReference the OGM's 12 digits for a bank transfer, or null
 * @param happenedAt when it happened (the offence, the application, the start of validity): the pass's order
 * @param validUntil when its validity ends (permits, cards, IOD permits), or null
 * @param details evidence references, the place and time, amounts and fees: shown in the item's detail
 * @param note what just happened, in a few words, for the timeline (e.g. "holder found", "paid by transfer")
 */
public record PassEntry(
        String municipality,
        PassKind kind,
        String sourceId,
        PassHolder holder,
        String reference,
        String subject,
        String issuer,
        PassStatus status,
        MoneyState money,
        Long amountCents,
        long paidCents,
        LocalDate dueDate,
        String structuredReference,
        Instant happenedAt,
        Instant validUntil,
        JsonObject details,
        String note) {

    public PassEntry {
        if (kind == null || sourceId == null || reference == null || status == null || happenedAt == null) {
            throw new IllegalArgumentException("a pass entry names its kind, source, reference, status and moment");
        }
        if (!status.stored()) {
            throw new IllegalArgumentException(status + " is derived from the validity, not stored");
        }
        if (structuredReference != null && !structuredReference.matches("\\d{12}")) {
            throw new IllegalArgumentException("a structured reference is 12 digits");
        }
    }
}
