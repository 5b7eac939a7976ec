package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The platform-wide register of disabled-person parking cards. The platform operator registers and revokes cards
 * (as the issuing authority reports them); the holder links up to {@value #MAX_PLATES} plates to their card. Every
 * change is written to the card's append-only history.
 */
@ApplicationScoped
@Transactional
public class DisabledCardService {

    static final int MAX_PLATES = 3;
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{6,20}");
    private static final int MAX_YEARS = 15;

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    PassItems pass;

    /** A registered card and whether it was registered before under the same key. */
    public record Registered(DisabledCardView card, boolean existing) {}

    public Registered register(DisabledCardDetails details, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        String fingerprint = IdempotencyKey.fingerprint(details);
        Optional<DisabledCard> earlier = em.createQuery(
                        "select c from DisabledCard c where c.idempotencyKey = :key", DisabledCard.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    idempotencyKey, earlier.get().requestHash(), fingerprint, "another disabled-person card");
            return new Registered(view(earlier.get(), true), true);
        }
        if (details == null) {
            throw ProblemException.invalid("body", "a card is required");
        }
        Violations v = new Violations();
        String number =
                details.number() == null ? null : details.number().strip().toUpperCase(Locale.ROOT);
        if (v.required("number", number)) {
            v.matches("number", number, NUMBER, "6 to 20 letters and digits, as printed on the card");
        }
        if (v.required("holderNationalNumber", details.holderNationalNumber())
                && NationalNumber.parse(details.holderNationalNumber()).isEmpty()) {
            v.add("holderNationalNumber", "not a valid Belgian national number (11 digits with a mod-97 check)");
        }
        if (v.required("validFrom", details.validFrom()) & v.required("validUntil", details.validUntil())) {
            if (details.validUntil().isBefore(details.validFrom())) {
                v.add("validUntil", "must be on or after validFrom");
            } else if (details.validUntil().isAfter(details.validFrom().plusYears(MAX_YEARS))) {
                v.add("validUntil", "a card is valid for at most " + MAX_YEARS + " years");
            }
        }
        v.throwIfAny();
        if (find(number).isPresent()) {
            throw ProblemException.conflict("Card " + number + " is already registered.");
        }
        DisabledCard card = new DisabledCard(
                        number,
                        NationalNumber.parse(details.holderNationalNumber())
                                .orElseThrow()
                                .value(),
                        startOf(details.validFrom()),
                        startOf(details.validUntil().plusDays(1)),
                        idempotencyKey)
                .withRequestHash(fingerprint);
        em.persist(card);
        record(
                card,
                DisabledCardEvent.Action.REGISTERED,
                "valid " + details.validFrom() + " to " + details.validUntil());
        em.flush();
        return new Registered(view(card, true), false);
    }

    public DisabledCardView get(String number) {
        return view(existing(number), true);
    }

    public List<DisabledCardView> ofHolder(String nationalNumber, int limit) {
        return em
                .createQuery(
                        "select c from DisabledCard c where c.holderNationalNumber = :holder "
                                + "order by c.validTo desc, c.number",
                        DisabledCard.class)
                .setParameter("holder", nationalNumber)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(c -> view(c, false))
                .toList();
    }

    public DisabledCardView revoke(String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the card is revoked (e.g. 'reported stolen')");
        }
        if (reason.length() > 200) {
            throw ProblemException.invalid("reason", "at most 200 characters");
        }
        DisabledCard card = locked(existing(number));
        if (card.revokedAt() == null) {
            card.revoke(now(), reason.strip());
            record(card, DisabledCardEvent.Action.REVOKED, reason.strip());
        }
        return view(card, true);
    }

    /** The calling citizen's own card; another person's card does not exist for them. */
    public DisabledCardView mine(String number) {
        return view(own(number), true);
    }

    public DisabledCardView linkPlate(String number, PlateLink link) {
        return link(own(number), link);
    }

    /** Links a plate on the holder's behalf, e.g. when the demo register is loaded; the history names the caller. */
    DisabledCardView linkOnBehalfOfHolder(String number, PlateLink link) {
        return link(existing(number), link);
    }

    private DisabledCardView link(DisabledCard ownCard, PlateLink link) {
        PlateNumber plate = readPlate(link);
        DisabledCard card = locked(ownCard);
        if (!card.inForceAt(now())) {
            throw new ProblemException(
                    ProblemType.DISABLED_CARD_INACTIVE,
                    "Card " + card.number() + " is not in force" + (card.revokedAt() != null ? " (revoked)" : "")
                            + ": plates can only be linked to a valid card.");
        }
        List<DisabledCardPlate> linked = links(card.id(), true);
        boolean already = linked.stream()
                .anyMatch(
                        l -> l.plate().equals(plate.normalized()) && l.country().equals(plate.country()));
        if (!already) {
            if (linked.size() >= MAX_PLATES) {
                throw new ProblemException(
                        ProblemType.DISABLED_CARD_PLATE_LIMIT,
                        "Card " + card.number() + " already has " + MAX_PLATES
                                + " plates linked; unlink one before linking " + plate.display() + ".");
            }
            em.persist(new DisabledCardPlate(card.id(), plate.normalized(), plate.country(), now()));
            record(card, DisabledCardEvent.Action.PLATE_LINKED, plate.country() + " " + plate.display());
        }
        return view(card, true);
    }

    public DisabledCardView unlinkPlate(String number, String plateText, String country) {
        PlateNumber plate = readPlate(new PlateLink(plateText, country));
        DisabledCard card = locked(own(number));
        for (DisabledCardPlate link : links(card.id(), true)) {
            if (link.plate().equals(plate.normalized()) && link.country().equals(plate.country())) {
                link.unlink(now());
                record(card, DisabledCardEvent.Action.PLATE_UNLINKED, plate.country() + " " + plate.display());
            }
        }
        return view(card, true);
    }

    private static PlateNumber readPlate(PlateLink link) {
        if (link == null || link.plate() == null || link.plate().isBlank()) {
            throw ProblemException.invalid("plate", "a plate is required, e.g. 1-ABC-123");
        }
        return PlateNumber.parse(link.plate(), link.country())
                .orElseThrow(() -> ProblemException.invalid(
                        "plate",
                        "'" + link.plate() + "' is not a plate of "
                                + (link.country() == null ? "BE" : link.country())));
    }

    private DisabledCard own(String number) {
        String holder = caller.nationalNumber()
                .map(NationalNumber::value)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        return find(number)
                .filter(c -> c.holderNationalNumber().equals(holder))
                .orElseThrow(() -> ProblemException.notFound("You have no card " + number + "."));
    }

    private DisabledCard existing(String number) {
        return find(number).orElseThrow(() -> ProblemException.notFound("No card " + number + " is registered."));
    }

    private Optional<DisabledCard> find(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from DisabledCard c where c.number = :number", DisabledCard.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** Serialises changes to one card, so two requests at once cannot link a fourth plate. */
    private DisabledCard locked(DisabledCard card) {
        em.lock(card, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(card);
        return card;
    }

    private List<DisabledCardPlate> links(String cardId, boolean currentOnly) {
        return em.createQuery(
                        "select l from DisabledCardPlate l where l.cardId = :card"
                                + (currentOnly ? " and l.unlinkedAt is null" : "") + " order by l.linkedAt",
                        DisabledCardPlate.class)
                .setParameter("card", cardId)
                .getResultList();
    }

    private DisabledCardView view(DisabledCard card, boolean withHistory) {
        List<DisabledCardEvent> events = withHistory
                ? em.createQuery(
                                "select e from DisabledCardEvent e "
                                        + "where e.cardId = :card order by e.occurredAt, e.id",
                                DisabledCardEvent.class)
                        .setParameter("card", card.id())
                        .getResultList()
                : null;
        return DisabledCardView.of(card, links(card.id(), true), events, now());
    }

    private void record(DisabledCard card, DisabledCardEvent.Action action, String detail) {
        em.persist(new DisabledCardEvent(card.id(), now(), action, caller.auditActor(), caller.auditRole(), detail));
        pass.record(DisabledCardPass.entry(card, action.name().toLowerCase().replace('_', ' ')));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DisabledCardView.BRUSSELS).toInstant();
    }
}
