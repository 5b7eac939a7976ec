package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.enforcement.card.DisabledCardRights;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.ParkingRight;
import be.ptrpas.platform.enforcement.rights.RightKind;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rights a handheld needs to check plates offline, a page at a time. */
@ApplicationScoped
@Transactional
public class RightsExport {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    Clock clock;

    @Inject
    ZoneService zones;

    @Inject
    DisabledCardRights disabledCards;

    /** One right in the offline export for handhelds. */
    public record ExportedRight(String plate, String country, String zone, String kind, Instant validUntil) {}

    /** A page of the export and where the next one starts (null at the end). */
    public record ExportPage(List<ExportedRight> items, String nextCursor) {}

    /** The export's cursor once it has reached the disabled-person cards: this prefix, then the last link's id. */
    static final String CARD_CURSOR = "card:";

    /**
     * The rights valid now in a zone (municipality-wide ones included), then the plates disabled-person cards cover
     * (valid in every zone of every municipality), for handhelds that must work offline, a page at a time in a stable
     * order: pass {@code nextCursor} back to get the next page.
     */
    public ExportPage export(String zoneCode, String cursor, int limit) {
        if (zoneCode == null || zones.find(zoneCode).isEmpty()) {
            throw ProblemException.invalid("zone", "name a zone of this municipality");
        }
        Instant now = Instant.now(clock);
        List<ExportedRight> items = new ArrayList<>();
        boolean inCards = cursor != null && cursor.startsWith(CARD_CURSOR);
        if (!inCards) {
            List<ParkingRight> page = tenantEm.get()
                    .createQuery(
                            "select r from ParkingRight r where r.validFrom <= :now "
                                    + "and r.validTo > :now and r.revokedAt is null and (r.zoneCode is null or r.zoneCode = :zone) "
                                    + "and r.id > :cursor order by r.id",
                            ParkingRight.class)
                    .setParameter("now", now)
                    .setParameter("zone", zoneCode)
                    .setParameter("cursor", cursor == null ? "" : cursor)
                    .setMaxResults(limit + 1)
                    .getResultList();
            if (page.size() > limit) {
                List<ParkingRight> rights = page.subList(0, limit);
                rights.forEach(r -> items.add(
                        exported(r.plate(), r.country(), r.zoneCode(), r.kind(), r.revealable(), r.validTo())));
                return new ExportPage(items, rights.get(rights.size() - 1).id());
            }
            page.forEach(r ->
                    items.add(exported(r.plate(), r.country(), r.zoneCode(), r.kind(), r.revealable(), r.validTo())));
        }
        int room = limit - items.size();
        if (room == 0) {
            return new ExportPage(items, CARD_CURSOR);
        }
        List<DisabledCardRights.CoveredPlate> cards =
                disabledCards.coveredPlates(now, inCards ? cursor.substring(CARD_CURSOR.length()) : "", room + 1);
        boolean more = cards.size() > room;
        List<DisabledCardRights.CoveredPlate> shown = more ? cards.subList(0, room) : cards;
        shown.forEach(
                c -> items.add(exported(c.plate(), c.country(), null, RightKind.DISABLED_CARD, true, c.validUntil())));
        return new ExportPage(
                items, more ? CARD_CURSOR + shown.get(shown.size() - 1).id() : null);
    }

    private static ExportedRight exported(
            String plate, String country, String zone, RightKind kind, boolean revealable, Instant validTo) {
        return new ExportedRight(
                PlateNumber.parse(plate, country).map(PlateNumber::display).orElse(plate),
                country,
                zone,
                revealable ? kind.name() : null,
                revealable ? validTo : null);
    }
}
