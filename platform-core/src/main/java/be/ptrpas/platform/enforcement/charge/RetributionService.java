package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsService;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retributions of the current municipality and the rules that keep charges fair: one per observation, at most the
 * municipality's number per plate, zone and day, and a charge for the same plate and zone shortly after another held
 * for a clerk's review rather than issued (the "fine avalanche" of a car nobody told it was in the wrong place).
 */
@ApplicationScoped
@Transactional
public class RetributionService implements HolderQueue {

    static final String AUDIT_TYPE = "retribution";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    EnforcementSettingsService settings;

    @Inject
    AuditLog audit;

    @Inject
    PassItems pass;

    @Inject
    DatabaseInfo database;

    @Inject
    CurrentTenant currentTenant;

    /** What the charge rules made of a draft. */
    public record Outcome(Kind kind, String retributionId, String detail) {
        public enum Kind {
            CHARGED,
            REVIEW,
            ALREADY_CHARGED
        }
    }

    /**
     * The charge rules for one draft: nothing new for an observation charged before, at most the municipality's number
     * of charges per plate, zone and day, and a charge shortly after another held for review. Written at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome charge(ChargeDraft draft) {
        ChargeBook book = openBook(
                List.of(draft.sourceKey()),
                List.of(draft.plate()),
                draft.chargeDay(),
                draft.chargeDay(),
                draft.observedAt(),
                draft.observedAt());
        Outcome outcome = book.charge(draft);
        write(book);
        return outcome;
    }

    /**
     * The charge rules for the drafts of a processing chunk, with what bears on them read now in two queries: drafts
     * with these source keys and plates, charged on days from {@code firstDay} to {@code lastDay}, seen from
     * {@code earliest} to {@code latest}. Charge the drafts in the order they were seen, then {@link #write} the book.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ChargeBook openBook(
            Collection<String> sourceKeys,
            Collection<PlateNumber> plates,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant earliest,
            Instant latest) {
        return new ChargeBook(
                settings.current(),
                reader,
                RetributionService::newReference,
                sourceKeys,
                plates,
                firstDay,
                lastDay,
                earliest,
                latest);
    }

    /**
     * Writes what a book charged, in one statement, and their audit records (one per retribution, its state after,
     * as a single charge records it) in another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(ChargeBook book) {
        List<RetributionRows.Row> rows = book.charged();
        if (rows.isEmpty()) {
            return;
        }
        try {
            RetributionRows.insert(
                    tenantEm.connection(),
                    database.isPostgres(),
                    currentTenant.require(),
                    rows,
                    clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + rows.size() + " retributions failed", e);
        }
        audit.recordAll(
                "create",
                AUDIT_TYPE,
                rows.stream()
                        .map(row -> Map.entry(row.id(), (Object) RetributionView.created(row.retribution(), row.id())))
                        .toList());
    }

    /**
     * Retributions as the charge rules read them: only the columns they compare, so nothing is added to the persistence
     * context (a read-only hint would do that too, but EclipseLink then reads on another connection, outside this
     * transaction and the municipality it binds for row-level security).
     */
    private final ChargeBook.Reader reader = new ChargeBook.Reader() {
        private static final String COLUMNS = "select r.id, r.sourceKey, r.plate, r.country, r.zoneCode, r.chargeDay, "
                + "r.chargeSeq, r.observedAt, r.status, r.paymentReference from Retribution r where ";

        @Override
        public List<ChargeBook.Charged> bySources(Collection<String> sourceKeys) {
            return charged(tenantEm.get()
                    .createQuery(COLUMNS + "r.sourceKey in :keys", Object[].class)
                    .setParameter("keys", sourceKeys)
                    .getResultList());
        }

        @Override
        public List<ChargeBook.Charged> ofPlates(
                Collection<String> plates, LocalDate firstDay, LocalDate lastDay, Instant after, Instant before) {
            return charged(tenantEm.get()
                    .createQuery(
                            COLUMNS + "r.plate in :plates and ((r.chargeDay >= :firstDay and r.chargeDay <= :lastDay) "
                                    + "or (r.observedAt > :after and r.observedAt < :before))",
                            Object[].class)
                    .setParameter("plates", plates)
                    .setParameter("firstDay", firstDay)
                    .setParameter("lastDay", lastDay)
                    .setParameter("after", after)
                    .setParameter("before", before)
                    .getResultList());
        }

        private List<ChargeBook.Charged> charged(List<Object[]> rows) {
            return rows.stream()
                    .map(row -> new ChargeBook.Charged(
                            (String) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            (LocalDate) row[5],
                            (Integer) row[6],
                            (Instant) row[7],
                            (Retribution.Status) row[8],
                            (String) row[9]))
                    .toList();
        }
    };

    public RetributionView get(String id) {
        return RetributionView.of(require(id));
    }

    /** The clerk's lists: by status, the plates whose holder is unknown, or one plate's retributions. */
    public List<RetributionView> list(
            Retribution.Status status, Retribution.HolderStatus holder, String plate, String country, int limit) {
        StringBuilder jpql = new StringBuilder("select r from Retribution r where 1 = 1");
        if (status != null) {
            jpql.append(" and r.status = :status");
        }
        if (holder != null) {
            jpql.append(" and r.holderStatus = :holder");
        }
        if (plate != null) {
            jpql.append(" and r.plate = :plate and r.country = :country");
        }
        jpql.append(" order by r.observedAt desc");
        var query =
                tenantEm.get().createQuery(jpql.toString(), Retribution.class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (holder != null) {
            query.setParameter("holder", holder);
        }
        if (plate != null) {
            query.setParameter("plate", plate).setParameter("country", country);
        }
        return query.getResultStream().map(RetributionView::of).toList();
    }

    /**
     * A clerk's decision on a held retribution: issue it (with a fresh payment term) or cancel it; an issued or paid
     * one can be cancelled too.
     */
    public RetributionView review(String id, String decision, String note) {
        Retribution retribution = require(id);
        Violations v = new Violations();
        if (!"ISSUE".equals(decision) && !"CANCEL".equals(decision)) {
            v.add("decision", "must be ISSUE or CANCEL");
        }
        v.maxLength("note", note, 300);
        v.throwIfAny();
        Retribution.Status target = "ISSUE".equals(decision) ? Retribution.Status.ISSUED : Retribution.Status.CANCELLED;
        if (retribution.status() == target) {
            return RetributionView.of(retribution); // a retried decision changes nothing
        }
        // A paid one may be cancelled too (an objection upheld): its money is then to be paid back, which the pass
        // shows as a refund pending until the payment is refunded.
        if (retribution.status() != Retribution.Status.REVIEW
                && !(target == Retribution.Status.CANCELLED
                        && (retribution.status() == Retribution.Status.ISSUED
                                || retribution.status() == Retribution.Status.PAID))) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Retribution " + id + " is " + retribution.status()
                            + "; only one held for review can be issued, and only an issued or paid one cancelled.");
        }
        RetributionView before = RetributionView.of(retribution);
        if (target == Retribution.Status.ISSUED) {
            long term = Duration.between(
                            retribution.chargeDay().atStartOfDay(),
                            retribution.dueDate().atStartOfDay())
                    .toDays();
            retribution.issueAfterReview(
                    note, LocalDate.now(clock.withZone(BRUSSELS)).plusDays(term));
        } else {
            retribution.cancel(note);
        }
        tenantEm.get().flush();
        RetributionView after = RetributionView.of(retribution);
        audit.record("ISSUE".equals(decision) ? "issue" : "cancel", AUDIT_TYPE, id, before, after);
        toPass(retribution, "ISSUE".equals(decision) ? "issued after review" : "cancelled");
        return after;
    }

    /** A clerk names the holder of a plate the register could not resolve (a foreign plate, say). */
    public RetributionView nameHolder(String id, String holderId, String holderName) {
        Retribution retribution = require(id);
        RetributionView before = RetributionView.of(retribution);
        retribution.holderFound(holderId, holderName);
        tenantEm.get().flush();
        RetributionView after = RetributionView.of(retribution);
        audit.record("holder", AUDIT_TYPE, id, before, after);
        toPass(retribution, "holder named");
        return after;
    }

    @Override
    public WorkProbe waiting() {
        return WorkProbe.RETRIBUTION_HOLDERS;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> awaitingHolder(int limit) {
        return tenantEm.get()
                .createQuery(
                        "select r.id from Retribution r where r.holderStatus = :pending " + "order by r.observedAt",
                        String.class)
                .setParameter("pending", Retribution.HolderStatus.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holderResolved(String id, Optional<String> holderId) {
        Retribution retribution = tenantEm.get().find(Retribution.class, id);
        if (retribution == null || retribution.holderStatus() != Retribution.HolderStatus.PENDING) {
            return;
        }
        RetributionView before = RetributionView.of(retribution);
        holderId.ifPresentOrElse(holder -> retribution.holderFound(holder, null), retribution::holderUnknown);
        tenantEm.get().flush();
        audit.record("holder", AUDIT_TYPE, id, before, RetributionView.of(retribution));
        toPass(retribution, "issued");
    }

    /** Keeps the holder's pass in step, in this transaction (a retribution without a known holder is on no pass). */
    private void toPass(Retribution retribution, String note) {
        pass.record(RetributionPass.entry(currentTenant.require(), retribution, note));
    }

    @Override
    public String plateOf(String id) {
        return require(id).plate();
    }

    private Retribution require(String id) {
        Retribution retribution = id == null ? null : tenantEm.get().find(Retribution.class, id);
        if (retribution == null) {
            throw ProblemException.notFound("No retribution " + id + ".");
        }
        return retribution;
    }

    /**
     * A structured reference nobody can guess from another: 10 random digits and the mod-97 check. The database's
     * unique constraint turns the (1 in 10^10) clash into a failed transaction that is simply retried.
     */
    private static String newReference() {
        return StructuredReference.of(1_000_000_000L + (long) (RANDOM.nextDouble() * 8_999_999_999L))
                .digits();
    }
}
