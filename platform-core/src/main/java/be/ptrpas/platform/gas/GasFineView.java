package be.ptrpas.platform.gas;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A GAS fine as clerks and officials see it, with its running terms (the last day of each) and, for a single fine,
 * its history. {@code source} is the scan observation a proposal came from.
 */
public record GasFineView(
        String id,
        String reference,
        GasKind kind,
        String productCode,
        String plate,
        String country,
        GasFine.Party offender,
        Instant offenceAt,
        LocalDate offenceDay,
        String place,
        String zone,
        Double latitude,
        Double longitude,
        String offence,
        String evidenceRef,
        BigDecimal amount,
        Integer measuredSpeed,
        Integer speedLimit,
        State state,
        LocalDate notifiedOn,
        LocalDate defenceDue,
        LocalDate paymentDue,
        LocalDate appealDue,
        boolean driverDesignated,
        LocalDate paidOn,
        BigDecimal paidAmount,
        String paymentReference,
        String source,
        GasFine.HolderLookup holderLookup,
        long version,
        List<Event> events) {

    /** One step of the history. {@code on}: the day it took effect; {@code at}: when it was recorded. */
    @Schema(name = "GasFineHistoryEntry")
    public record Event(
            int seq,
            Action action,
            State from,
            State to,
            String actor,
            String actorRole,
            Instant at,
            LocalDate on,
            String reason) {

        static Event of(GasFineEvent e) {
            return new Event(
                    e.seq(),
                    e.action(),
                    e.fromState(),
                    e.toState(),
                    e.actor(),
                    e.actorRole(),
                    e.occurredAt(),
                    e.effectiveOn(),
                    e.reason());
        }
    }

    /** Without history: for lists, audit records and the snapshot each step keeps. */
    static GasFineView of(GasFine f) {
        String display = PlateNumber.parse(f.plate(), f.country())
                .map(PlateNumber::display)
                .orElse(f.plate());
        GasProcedure.Terms terms = f.terms();
        return new GasFineView(
                f.id(),
                f.reference(),
                f.kind(),
                f.productCode(),
                display,
                f.country(),
                f.offender(),
                f.offenceAt(),
                f.offenceDay(),
                f.place(),
                f.zoneCode(),
                f.latitude(),
                f.longitude(),
                f.offence(),
                f.evidenceRef(),
                f.amount(),
                f.measuredSpeed(),
                f.speedLimit(),
                f.state(),
                terms.notifiedOn(),
                terms.defenceDue(),
                terms.paymentDue(),
                terms.appealDue(),
                f.isDriverDesignated(),
                f.paidOn(),
                f.paidAmount(),
                new StructuredReference(f.paymentReference()).formatted(),
                f.sourceKey(),
                f.holderLookup(),
                f.version(),
                null);
    }

    GasFineView withEvents(List<GasFineEvent> history) {
        return new GasFineView(
                id,
                reference,
                kind,
                productCode,
                plate,
                country,
                offender,
                offenceAt,
                offenceDay,
                place,
                zone,
                latitude,
                longitude,
                offence,
                evidenceRef,
                amount,
                measuredSpeed,
                speedLimit,
                state,
                notifiedOn,
                defenceDue,
                paymentDue,
                appealDue,
                driverDesignated,
                paidOn,
                paidAmount,
                paymentReference,
                source,
                holderLookup,
                version,
                history.stream().map(Event::of).toList());
    }
}
