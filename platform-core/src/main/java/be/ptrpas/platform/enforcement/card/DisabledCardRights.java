package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a disabled-person card means to a plate check, in any municipality: one indexed look-up by plate joined to
 * the card. The right follows the card (its validity, its revocation) and lasts only while the plate was linked.
 */
@ApplicationScoped
public class DisabledCardRights {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    /** A card covering the plate: until when, and whether it still does at the moment asked about. */
    public record CardRight(Instant validUntil, boolean validNow) {
    }

    /**
     * The card that lets the plate park at {@code at}, or that did until after {@code graceStart} (so the check can
     * answer "recently expired"). A revoked card counts for nothing from its revocation on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CardRight> validFor(PlateNumber plate, Instant graceStart, Instant at) {
        List<Object[]> rows = em.createQuery("select c.validTo, l.unlinkedAt from DisabledCardPlate l, DisabledCard c "
                        + "where l.cardId = c.id and l.plate = :plate and l.country = :country and l.linkedAt <= :at "
                        + "and (l.unlinkedAt is null or l.unlinkedAt > :graceStart) and c.validFrom <= :at "
                        + "and c.validTo > :graceStart and (c.revokedAt is null or c.revokedAt > :at)", Object[].class)
                .setParameter("plate", plate.normalized()).setParameter("country", plate.country())
                .setParameter("at", at).setParameter("graceStart", graceStart).getResultList();
        return rows.stream().map(row -> {
                    Instant cardEnd = (Instant) row[0];
                    Instant unlinked = (Instant) row[1];
                    return unlinked != null && unlinked.isBefore(cardEnd) ? unlinked : cardEnd;
                })
                .max(Comparator.naturalOrder())
                .map(until -> new CardRight(until, until.isAfter(at)));
    }
}
