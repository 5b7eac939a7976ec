package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsService;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsView;
import be.ptrpas.platform.pass.PassItems;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
    CurrentTenant currentTenant;

    /** What the charge rules made of a draft. */
    public record Outcome(Kind kind, String retributionId, String detail) {
        public enum Kind {
            CHARGED,
            REVIEW,
            ALREADY_CHARGED
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome charge(ChargeDraft draft) {
        Optional<Retribution> same = bySource(draft.sourceKey());
        if (same.isPresent()) {
            return new Outcome(
                    same.get().status() == Retribution.Status.REVIEW ? Outcome.Kind.REVIEW : Outcome.Kind.CHARGED,
                    same.get().id(),
                    "already processed");
        }
        EnforcementSettingsView rules = settings.current();
        List<Retribution> thatDay = tenantEm.get()
                .createQuery(
                        "select r from Retribution r where r.plate = :plate "
                                + "and r.country = :country and r.zoneCode = :zone and r.chargeDay = :day order by r.chargeSeq",
                        Retribution.class)
                .setParameter("plate", draft.plate().normalized())
                .setParameter("country", draft.plate().country())
                .setParameter("zone", draft.zoneCode())
                .setParameter("day", draft.chargeDay())
                .getResultList();
        List<Retribution> standing = thatDay.stream()
                .filter(r -> r.status() != Retribution.Status.CANCELLED)
                .toList();
        if (standing.size() >= rules.chargesPerPlateZoneDay()) {
            return new Outcome(
                    Outcome.Kind.ALREADY_CHARGED,
                    standing.get(0).id(),
                    "already charged in " + draft.zoneCode() + " on " + draft.chargeDay());
        }
        String reviewReason = null;
        if (rules.repeatReviewHours() > 0) {
            Optional<Retribution> recent = tenantEm.get()
                    .createQuery(
                            "select r from Retribution r where r.plate = :plate "
                                    + "and r.country = :country and r.zoneCode = :zone and r.status <> :cancelled "
                                    + "and r.observedAt > :since and r.observedAt < :at order by r.observedAt desc",
                            Retribution.class)
                    .setParameter("plate", draft.plate().normalized())
                    .setParameter("country", draft.plate().country())
                    .setParameter("zone", draft.zoneCode())
                    .setParameter("cancelled", Retribution.Status.CANCELLED)
                    .setParameter("since", draft.observedAt().minus(Duration.ofHours(rules.repeatReviewHours())))
                    .setParameter("at", draft.observedAt())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (recent.isPresent()) {
                reviewReason =
                        "charged in " + draft.zoneCode() + " at " + recent.get().observedAt()
                                + ", less than " + rules.repeatReviewHours() + " h before (retribution "
                                + new StructuredReference(recent.get().paymentReference()).formatted() + ")";
            }
        }
        int seq = thatDay.stream().mapToInt(Retribution::chargeSeq).max().orElse(0) + 1;
        Retribution retribution = new Retribution(
                draft,
                seq,
                newReference(),
                reviewReason == null ? Retribution.Status.ISSUED : Retribution.Status.REVIEW,
                reviewReason);
        tenantEm.get().persist(retribution);
        tenantEm.get().flush();
        audit.record("create", AUDIT_TYPE, retribution.id(), null, RetributionView.of(retribution));
        return new Outcome(
                reviewReason == null ? Outcome.Kind.CHARGED : Outcome.Kind.REVIEW, retribution.id(), reviewReason);
    }

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

    /** A clerk's decision on a held retribution: issue it (with a fresh payment term) or cancel it. */
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
        if (retribution.status() != Retribution.Status.REVIEW
                && !(target == Retribution.Status.CANCELLED && retribution.status() == Retribution.Status.ISSUED)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Retribution " + id + " is " + retribution.status()
                            + "; only one held for review can be issued, and only an unpaid one cancelled.");
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

    private Optional<Retribution> bySource(String sourceKey) {
        return tenantEm.get()
                .createQuery("select r from Retribution r where r.sourceKey = :key", Retribution.class)
                .setParameter("key", sourceKey)
                .getResultStream()
                .findFirst();
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
