package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A card with its linked plates and, when asked for one card, its history. */
public record DisabledCardView(
        String number,
        String holderNationalNumber,
        LocalDate validFrom,
        LocalDate validUntil,
        Status status,
        Instant revokedAt,
        String revokeReason,
        List<LinkedPlate> plates,
        List<HistoryEntry> history,
        long version) {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public enum Status {
        NOT_YET_VALID,
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public record LinkedPlate(String plate, String country, Instant linkedAt) {}

    public record HistoryEntry(Instant at, String action, String actorRole, String detail) {}

    static DisabledCardView of(
            DisabledCard card, List<DisabledCardPlate> links, List<DisabledCardEvent> events, Instant now) {
        Status status = card.revokedAt() != null && !card.revokedAt().isAfter(now)
                ? Status.REVOKED
                : card.validFrom().isAfter(now)
                        ? Status.NOT_YET_VALID
                        : card.validTo().isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
        List<LinkedPlate> plates = links.stream()
                .filter(DisabledCardPlate::linked)
                .map(l -> new LinkedPlate(new PlateNumber(l.plate(), l.country()).display(), l.country(), l.linkedAt()))
                .toList();
        List<HistoryEntry> history = events == null
                ? null
                : events.stream()
                        .map(e -> new HistoryEntry(e.occurredAt(), e.action(), e.actorRole(), e.detail()))
                        .toList();
        return new DisabledCardView(
                card.number(),
                card.holderNationalNumber(),
                card.validFrom().atZone(BRUSSELS).toLocalDate(),
                card.validTo().atZone(BRUSSELS).toLocalDate().minusDays(1),
                status,
                card.revokedAt(),
                card.revokeReason(),
                plates,
                history,
                card.version());
    }
}
