package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.audit.PlatformRegisterReads;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a disabled-person card means to a plate check, in any municipality: one indexed look-up by plate joined to
 * the card. The right follows the card (its validity, its revocation) and lasts only while the plate was linked.
 */
@ApplicationScoped
public class DisabledCardRights {

    /** The card register as the read audit names it (as its own resources do). */
    static final String REGISTER = "disabled-card";

    private static final String VALID_FOR = "select c.valid_to, l.unlinked_at from disabled_card_plate l "
            + "join disabled_card c on c.id = l.card_id where l.plate = ? and l.country = ? and l.linked_at <= ? "
            + "and (l.unlinked_at is null or l.unlinked_at > ?) and c.valid_from <= ? and c.valid_to > ? "
            + "and (c.revoked_at is null or c.revoked_at > ?)";

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    PlatformRegisterReads registerReads;

    /** A card covering the plate: until when, and whether it still does at the moment asked about. */
    public record CardRight(Instant validUntil, boolean validNow) {}

    /**
     * The card that lets the plate park at {@code at}, or that did until after {@code graceStart} (so the check can
     * answer "recently expired"). A revoked card counts for nothing from its revocation on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CardRight> validFor(PlateNumber plate, Instant graceStart, Instant at) {
        // Plain JDBC on the transaction's connection: this runs for every plate check that found no other right, and
        // a JPQL query cost several times the read (and first flushed whatever the transaction had changed).
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement query = connection.prepareStatement(VALID_FOR)) {
            query.setString(1, plate.normalized());
            query.setString(2, plate.country());
            query.setObject(3, utc(at));
            query.setObject(4, utc(graceStart));
            query.setObject(5, utc(at));
            query.setObject(6, utc(graceStart));
            query.setObject(7, utc(at));
            Instant until = null;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant cardEnd = rows.getObject(1, OffsetDateTime.class).toInstant();
                    OffsetDateTime unlinked = rows.getObject(2, OffsetDateTime.class);
                    Instant end =
                            unlinked != null && unlinked.toInstant().isBefore(cardEnd) ? unlinked.toInstant() : cardEnd;
                    until = until == null || end.isAfter(until) ? end : until;
                }
            }
            return until == null ? Optional.empty() : Optional.of(new CardRight(until, until.isAfter(at)));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disabled-person cards of a plate failed", e);
        }
    }

    /** One link of a plate to a card, with every moment {@link #VALID_FOR} compares. */
    private record Link(Instant linkedAt, Instant unlinkedAt, Instant cardFrom, Instant cardTo, Instant cardRevokedAt) {

        /** {@link #VALID_FOR}'s WHERE clause, for one moment. */
        boolean counts(Instant graceStart, Instant at) {
            return !linkedAt.isAfter(at)
                    && (unlinkedAt == null || unlinkedAt.isAfter(graceStart))
                    && !cardFrom.isAfter(at)
                    && cardTo.isAfter(graceStart)
                    && (cardRevokedAt == null || cardRevokedAt.isAfter(at));
        }

        Instant end() {
            return unlinkedAt != null && unlinkedAt.isBefore(cardTo) ? unlinkedAt : cardTo;
        }
    }

    /**
     * The card links of many plates, read at once for a chunk of scan observations, that may count at any moment of a
     * span; each observation's question is then answered from them exactly as {@link #validFor} would answer it. A
     * question outside the span read is asked of the database.
     */
    public final class Cards {

        private final Map<PlateNumber, List<Link>> links;
        private final Instant from;
        private final Instant to;

        private Cards(Map<PlateNumber, List<Link>> links, Instant from, Instant to) {
            this.links = links;
            this.from = from;
            this.to = to;
        }

        /** As {@link DisabledCardRights#validFor}, for a plate of the set read. */
        public Optional<CardRight> validFor(PlateNumber plate, Instant graceStart, Instant at) {
            if (graceStart.isBefore(from) || at.isAfter(to) || !links.containsKey(plate)) {
                return DisabledCardRights.this.validFor(plate, graceStart, at);
            }
            Instant until = null;
            for (Link link : links.get(plate)) {
                if (link.counts(graceStart, at)) {
                    Instant end = link.end();
                    until = until == null || end.isAfter(until) ? end : until;
                }
            }
            return until == null ? Optional.empty() : Optional.of(new CardRight(until, until.isAfter(at)));
        }
    }

    /**
     * The links of these plates that may count for a question asked with a grace start at or after {@code from} and
     * a moment at or before {@code to}: one query for all of them (by plate; the country is compared here).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cards linksOf(Set<PlateNumber> plates, Instant from, Instant to) {
        Map<PlateNumber, List<Link>> links = new HashMap<>();
        Map<String, PlateNumber> asked = new HashMap<>();
        plates.forEach(plate -> {
            links.put(plate, new ArrayList<>());
            asked.put(plate.normalized() + "|" + plate.country(), plate);
        });
        if (plates.isEmpty()) {
            return new Cards(links, from, to);
        }
        List<String> normalized =
                plates.stream().map(PlateNumber::normalized).distinct().toList();
        String sql = "select l.plate, l.country, l.linked_at, l.unlinked_at, c.valid_from, c.valid_to, c.revoked_at "
                + "from disabled_card_plate l join disabled_card c on c.id = l.card_id where l.plate in ("
                + String.join(", ", Collections.nCopies(normalized.size(), "?")) + ") and l.linked_at <= ? "
                + "and (l.unlinked_at is null or l.unlinked_at > ?) and c.valid_from <= ? and c.valid_to > ? "
                + "and (c.revoked_at is null or c.revoked_at > ?)";
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 0;
            for (String plate : normalized) {
                query.setString(++i, plate);
            }
            query.setObject(++i, utc(to));
            query.setObject(++i, utc(from));
            query.setObject(++i, utc(to));
            query.setObject(++i, utc(from));
            query.setObject(++i, utc(from));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    PlateNumber plate = asked.get(rows.getString(1) + "|" + rows.getString(2));
                    List<Link> ofPlate = plate == null ? null : links.get(plate);
                    if (ofPlate != null) {
                        ofPlate.add(new Link(
                                instant(rows, 3),
                                instant(rows, 4),
                                instant(rows, 5),
                                instant(rows, 6),
                                instant(rows, 7)));
                    }
                }
            }
            return new Cards(links, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "reading the disabled-person cards of " + plates.size() + " plates failed", e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final String VALID_PLATES = "select l.id, l.plate, l.country, c.valid_to, l.unlinked_at "
            + "from disabled_card_plate l join disabled_card c on c.id = l.card_id where l.linked_at <= ? "
            + "and (l.unlinked_at is null or l.unlinked_at > ?) and c.valid_from <= ? and c.valid_to > ? "
            + "and (c.revoked_at is null or c.revoked_at > ?) and l.id > ? order by l.id";

    /** A plate a card covers at a moment, for the offline export; {@code id} orders the pages. */
    public record CoveredPlate(String id, String plate, String country, Instant validUntil) {}

    /**
     * The plates cards cover at {@code at} (in every municipality: a card is valid everywhere), in link order after
     * {@code afterId}, at most {@code limit}: the offline export's last part, a page at a time. A page that shows any
     * is a read of the card register, recorded in its own trail too ({@link PlatformRegisterReads}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CoveredPlate> coveredPlates(Instant at, String afterId, int limit) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement query = connection.prepareStatement(VALID_PLATES)) {
            for (int i = 1; i <= 5; i++) {
                query.setObject(i, utc(at));
            }
            query.setString(6, afterId == null ? "" : afterId);
            query.setMaxRows(limit);
            List<CoveredPlate> plates = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant cardEnd = rows.getObject(4, OffsetDateTime.class).toInstant();
                    OffsetDateTime unlinked = rows.getObject(5, OffsetDateTime.class);
                    Instant end =
                            unlinked != null && unlinked.toInstant().isBefore(cardEnd) ? unlinked.toInstant() : cardEnd;
                    plates.add(new CoveredPlate(rows.getString(1), rows.getString(2), rows.getString(3), end));
                }
            }
            if (!plates.isEmpty()) {
                registerReads.read(REGISTER);
            }
            return plates;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the plates disabled-person cards cover failed", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
