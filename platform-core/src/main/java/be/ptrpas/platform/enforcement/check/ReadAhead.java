package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.enforcement.card.DisabledCardRights;
import be.ptrpas.platform.enforcement.check.RightLookup.PlateRow;
import be.ptrpas.platform.enforcement.check.RightLookup.RightRow;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rights and disabled-person cards of a chunk's plates, read in one query each ({@link PlateVerdicts#readAhead}),
 * from which {@link PlateVerdicts#verdictAt(PlateNumber, be.ptrpas.platform.zone.ZoneMap, List, Double, Double,
 * Instant, ReadAhead)} judges each observation of the chunk. Each question is answered from the rows read by the very
 * filter the plate check's own query applies in SQL ({@link RightLookup#rows}); one outside the span or the plates read
 * is asked of the database, as the plate check asks it.
 */
public final class ReadAhead {

    /** Where the verdict's rights and cards come from: the chunk's rows, or one query each. */
    interface Registry {
        List<RightRow> rights(
                PlateNumber plate,
                List<String> standing,
                List<String> coveringSessionZones,
                Instant graceStart,
                Instant moment);

        Optional<DisabledCardRights.CardRight> card(PlateNumber plate, Instant graceStart, Instant moment);
    }

    private final Set<PlateNumber> plates;
    private final Map<PlateNumber, List<PlateRow>> rights;
    private final DisabledCardRights.Cards cards;
    private final Instant from;
    private final Instant to;
    private final Registry live;

    ReadAhead(
            Set<PlateNumber> plates,
            Map<PlateNumber, List<PlateRow>> rights,
            DisabledCardRights.Cards cards,
            Instant from,
            Instant to,
            Registry live) {
        this.plates = plates;
        this.rights = rights;
        this.cards = cards;
        this.from = from;
        this.to = to;
        this.live = live;
    }

    /** The registry the verdicts of the chunk read. */
    Registry registry() {
        return new Registry() {
            @Override
            public List<RightRow> rights(
                    PlateNumber plate,
                    List<String> standing,
                    List<String> coveringSessionZones,
                    Instant graceStart,
                    Instant moment) {
                if (!plates.contains(plate) || graceStart.isBefore(from) || moment.isAfter(to)) {
                    return live.rights(plate, standing, coveringSessionZones, graceStart, moment);
                }
                return matching(
                        rights.getOrDefault(plate, List.of()), standing, coveringSessionZones, graceStart, moment);
            }

            @Override
            public Optional<DisabledCardRights.CardRight> card(PlateNumber plate, Instant graceStart, Instant moment) {
                return cards.validFor(plate, graceStart, moment);
            }
        };
    }

    /** {@link RightLookup#rows}' WHERE clause, on rows already read, keeping their order (newest end first). */
    static List<RightRow> matching(
            List<PlateRow> rows,
            List<String> standing,
            List<String> coveringSessionZones,
            Instant graceStart,
            Instant moment) {
        List<RightRow> matching = new ArrayList<>();
        for (PlateRow candidate : rows) {
            RightRow row = candidate.row();
            if (!row.validTo().isAfter(graceStart) || candidate.validFrom().isAfter(moment)) {
                continue;
            }
            if (standing != null
                    && row.zoneCode() != null
                    && !standing.contains(row.zoneCode())
                    && !(row.kind() == RightKind.PAID_SESSION && coveringSessionZones.contains(row.zoneCode()))) {
                continue;
            }
            matching.add(row);
        }
        return matching;
    }
}
