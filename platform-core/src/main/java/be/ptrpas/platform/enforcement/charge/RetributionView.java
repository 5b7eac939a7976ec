package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A retribution as clerks see it. */
public record RetributionView(
        String id,
        String plate,
        String country,
        String zone,
        LocalDate day,
        Instant observedAt,
        double latitude,
        double longitude,
        String evidenceRef,
        String tariffProduct,
        BigDecimal amount,
        String issuer,
        String collector,
        String paymentReference,
        LocalDate dueDate,
        Retribution.Status status,
        String reviewReason,
        Retribution.HolderStatus holderStatus,
        String holderId,
        String holderName,
        String clerkNote,
        String source,
        long version) {

    static RetributionView of(Retribution r) {
        return of(r, r.id(), r.version());
    }

    /**
     * A retribution written in plain SQL with a chunk's others ({@link RetributionRows}) as it reads once stored: its
     * id, and the first version, as EclipseLink numbers it.
     */
    static RetributionView created(Retribution r, String id) {
        return of(r, id, 1);
    }

    private static RetributionView of(Retribution r, String id, long version) {
        String display = PlateNumber.parse(r.plate(), r.country())
                .map(PlateNumber::display)
                .orElse(r.plate());
        String formatted = new StructuredReference(r.paymentReference()).formatted();
        return new RetributionView(
                id,
                display,
                r.country(),
                r.zoneCode(),
                r.chargeDay(),
                r.observedAt(),
                r.latitude(),
                r.longitude(),
                r.evidenceRef(),
                r.tariffProduct(),
                r.amount(),
                r.issuer(),
                r.collector(),
                formatted,
                r.dueDate(),
                r.status(),
                r.reviewReason(),
                r.holderStatus(),
                r.holderId(),
                r.holderName(),
                r.clerkNote(),
                r.sourceKey(),
                version);
    }
}
