package be.ptrpas.platform.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of a citizen's PTR-pas (a retribution, a GAS fine, an IOD permit, a payment request, a permit) as its PDF
 * shows it. Plain values: whoever asks for the PDF copies them from its own records.
 *
 * @param language the reader's language
 * @param municipality the municipality the item belongs to
 * @param issuer the operator that issues the item in the municipality's name, or null when the municipality does
 * @param kind what the item is
 * @param title what it is about, e.g. {@code Bewonerskaart zone Centrum 2027}
 * @param reference the item's own reference, as the citizen quotes it
 * @param issuedOn the day it was issued
 * @param validFrom the first day it is valid (permits), or null
 * @param validUntil the last day it is valid (permits), or null
 * @param lines what makes up the amount: charges and fees (positive), reductions and payments received (negative)
 * @param evidence what the item rests on (retributions, GAS fines): references only, never the photos themselves
 * @param amountDue what is still to be paid: the sum of the lines, 0 when nothing is due
 * @param dueDate the day by which it must be paid; required when something is due
 * @param transfer how to pay by bank transfer; required when something is due, else ignored
 */
public record ItemDocument(
        DocumentLanguage language,
        Municipality municipality,
        Issuer issuer,
        ItemKind kind,
        String title,
        String reference,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        List<Line> lines,
        List<Evidence> evidence,
        BigDecimal amountDue,
        LocalDate dueDate,
        Transfer transfer) {

    public ItemDocument {
        lines = lines == null ? List.of() : List.copyOf(lines);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Whether the document asks for money (and so carries the transfer details and the QR code). */
    public boolean somethingDue() {
        return amountDue != null && amountDue.signum() > 0;
    }

    /**
     * One line of the amount.
     *
     * @param description what it is, e.g. {@code Retributie blauwe zone} or {@code Administratiekost}
     * @param amount in euro, whole cents; negative for a reduction or a payment already received
     */
    public record Line(String description, BigDecimal amount) {}

    /**
     * What an item rests on, as references to the records the municipality keeps.
     *
     * @param place where, e.g. {@code Kouter 12, Gent} or {@code zone Centrum}, or null
     * @param observedAt when, or null; printed in Belgian time
     * @param vehiclePlate the plate, or null
     * @param photoIds the ids of the photos kept as evidence (never the photos)
     */
    public record Evidence(String place, Instant observedAt, String vehiclePlate, List<String> photoIds) {

        public Evidence {
            photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        }
    }
}
