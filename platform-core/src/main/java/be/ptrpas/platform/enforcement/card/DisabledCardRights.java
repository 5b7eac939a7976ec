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
import java.util.List;
import java.util.Optional;

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
