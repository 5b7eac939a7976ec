package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.common.tx.AfterTransaction;
import be.ptrpas.platform.enforcement.ScanMetrics;
import be.ptrpas.platform.enforcement.ScanObservation;
import be.ptrpas.platform.enforcement.ScanObservationRows;
import be.ptrpas.platform.enforcement.ScanOutcome;
import be.ptrpas.platform.enforcement.check.CheckResult;
import be.ptrpas.platform.enforcement.check.PlateVerdicts;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator;
import be.ptrpas.platform.enforcement.session.ParkingTimeTariffs;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tariff.TariffView;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenant.BusinessModel;
import be.ptrpas.platform.tenant.TenantService;
import be.ptrpas.platform.tenant.TenantView;
import be.ptrpas.platform.zone.Zone;
import be.ptrpas.platform.zone.ZoneMap;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks stored scan observations against the rights registry, each at its own time and place, and turns the ones
 * without a right into retributions (or GAS 4 proposals where the zone's regime says so). Observations are taken
 * with a row lock in the order they were seen, so two instances never process one twice and a blue zone's first
 * sighting is known before a later one.
 */
@ApplicationScoped
public class ObservationProcessor {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ZoneService zones;

    @Inject
    PlateVerdicts verdicts;

    @Inject
    TariffService tariffs;

    @Inject
    TenantService tenants;

    @Inject
    RetributionService retributions;

    @Inject
    ParkingTimeTariffs parkingTariffs;

    @Inject
    GasProposals gasFines;

    @Inject
    ScanMetrics metrics;

    @Inject
    DatabaseInfo database;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "ptr.enforcement.retention-hours", defaultValue = "48")
    int retentionHours;

    /** Processes up to {@code limit} waiting observations; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int processNext(int limit) {
        // Pick the chunk first, then lock exactly those rows: "ORDER BY … FOR UPDATE LIMIT" is not portable (H2 wants
        // the limit before FOR UPDATE, EclipseLink writes it after). A row another instance settled meanwhile no
        // longer matches the status once its lock is granted, and is skipped.
        List<String> ids = tenantEm.get()
                .createQuery(
                        "select o.id from ScanObservation o "
                                + "where o.status = :received order by o.observedAt, o.id",
                        String.class)
                .setParameter("received", ScanOutcome.RECEIVED.name())
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        // Settled observations are written at commit, not before every query of the chunk (see ProcessingChunk); the
        // charge rules flush each charge they write themselves, so later observations still see it.
        tenantEm.get().setFlushMode(FlushModeType.COMMIT);
        List<ScanObservation> waiting = tenantEm.get()
                .createQuery(
                        "select o from ScanObservation o "
                                + "where o.id in :ids and o.status = :received order by o.observedAt, o.id",
                        ScanObservation.class)
                .setParameter("ids", ids)
                .setParameter("received", ScanOutcome.RECEIVED.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        ProcessingChunk chunk = new ProcessingChunk(tenants.current());
        List<ScanOutcome> outcomes = new ArrayList<>(waiting.size());
        List<ScanObservation> settled = new ArrayList<>(waiting.size());
        for (ScanObservation observation : waiting) {
            if (ScanOutcome.RECEIVED.name().equals(observation.status())) {
                process(observation, chunk);
                // Written below with the rest of the chunk in one statement, not by EclipseLink one UPDATE each: the
                // settle comes last in process(), after any flush of a charge, so detaching now leaves it unwritten.
                tenantEm.get().detach(observation);
                chunk.settled(observation);
                settled.add(observation);
                outcomes.add(ScanOutcome.valueOf(observation.status()));
            }
        }
        try {
            ScanObservationRows.settle(
                    tenantEm.connection(),
                    database.isPostgres(),
                    currentTenant.require(),
                    settled,
                    clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "writing the outcomes of " + settled.size() + " scan observations failed", e);
        }
        // Counted once the chunk is committed: a chunk that rolls back is processed again, and must not count twice.
        AfterTransaction.whenCommitted(transaction, () -> outcomes.forEach(metrics::settled));
        return ids.size();
    }

    private void process(ScanObservation o, ProcessingChunk chunk) {
        if (o.observedAt().isBefore(clock.instant().minus(Duration.ofHours(retentionHours)))) {
            o.settle(ScanOutcome.TOO_LATE, null, null, "seen more than " + retentionHours + " h ago", null);
            return;
        }
        Optional<PlateNumber> read = PlateNumber.parse(o.plate(), o.country() == null ? "BE" : o.country());
        if (read.isEmpty()) {
            o.settle(ScanOutcome.UNREADABLE, null, null, "'" + o.plate() + "' is not a plate", null);
            return;
        }
        PlateNumber plate = read.get();
        ZoneMap map = zones.forCheck();
        List<Zone> standing = map.at(o.latitude(), o.longitude());
        if (standing.isEmpty()) {
            o.settle(ScanOutcome.OUTSIDE_ZONES, plate.normalized(), null, null, null);
            return;
        }
        // A right counts in every zone at the position (a resident's zone under a paid one); without one, the
        // highest-tier zone's rules decide.
        Zone zone = PlateVerdicts.deciding(standing);
        CheckResult verdict = verdicts.verdictAt(plate, map, standing, o.latitude(), o.longitude(), o.observedAt());
        if (!"NO_RIGHT".equals(verdict.verdict())) {
            o.settle(
                    ScanOutcome.COVERED,
                    plate.normalized(),
                    verdict.zone(),
                    verdict.verdict() + (verdict.rightKind() == null ? "" : " " + verdict.rightKind()),
                    null);
            return;
        }
        if (zone.kind() == Zone.Kind.PAID) {
            ParkingFeeCalculator hours = chunk.paidHours(zone, parkingTariffs::of);
            if (hours.hasTariff() && !hours.paidAt(o.observedAt())) {
                o.settle(
                        ScanOutcome.FREE_PERIOD,
                        plate.normalized(),
                        zone.code(),
                        "parking is free in " + zone.code() + " at that moment (outside its paid hours)",
                        null);
                return;
            }
        }
        LocalDate day = o.observedAt().atZone(RetributionService.BRUSSELS).toLocalDate();
        if (zone.kind() == Zone.Kind.BLUE
                && zone.maxStayMinutes() != null
                && !seenBefore(
                        plate, zone, day, o.observedAt().minus(Duration.ofMinutes(zone.maxStayMinutes())), chunk)) {
            o.settle(
                    ScanOutcome.FIRST_SIGHTING,
                    plate.normalized(),
                    zone.code(),
                    "a blue zone: charged only when seen again after " + zone.maxStayMinutes() + " minutes",
                    null);
            return;
        }
        String sourceKey = "scan:" + o.pluginId() + ":" + o.observationId();
        if (zone.enforcementRegime() == Zone.EnforcementRegime.GAS) {
            // Not a retribution: a GAS 4 proposal for the sanctioning official's procedure, in this transaction.
            GasProposals.Proposed proposed = gasFines.proposeFromScan(new GasProposal(
                    sourceKey, plate, zone.code(), day, o.observedAt(), o.latitude(), o.longitude(), o.photoRef()));
            ScanOutcome settled = switch (proposed.kind()) {
                case PROPOSED -> ScanOutcome.GAS_PROPOSED;
                case ALREADY_PROPOSED -> ScanOutcome.ALREADY_CHARGED;
                case NO_TARIFF -> ScanOutcome.NO_TARIFF;
            };
            o.settle(settled, plate.normalized(), zone.code(), proposed.detail(), proposed.fineId());
            return;
        }
        Optional<TariffView> tariff =
                chunk.retributionTariffs(day, d -> tariffs.list(Tariff.Kind.RETRIBUTION, null, d)).stream()
                        .filter(t -> t.retribution() != null
                                && t.retribution().zoneKinds().contains(zone.kind()))
                        .findFirst();
        if (tariff.isEmpty()) {
            o.settle(
                    ScanOutcome.NO_TARIFF,
                    plate.normalized(),
                    zone.code(),
                    "no retribution tariff for " + zone.kind() + " zones on " + day,
                    null);
            return;
        }
        TenantView municipality = chunk.municipality();
        BusinessModel model = municipality.businessModel();
        ChargeDraft draft = new ChargeDraft(
                sourceKey,
                plate,
                zone.code(),
                day,
                o.observedAt(),
                o.latitude(),
                o.longitude(),
                o.photoRef(),
                tariff.get().productCode(),
                tariff.get().retribution().amount(),
                party(model.retributionIssuer(), model, municipality),
                party(model.collector(), model, municipality),
                day.plusDays(tariff.get().retribution().paymentTermDays()));
        RetributionService.Outcome outcome = retributions.charge(draft);
        ScanOutcome settled = switch (outcome.kind()) {
            case CHARGED -> ScanOutcome.CHARGED;
            case REVIEW -> ScanOutcome.REVIEW;
            case ALREADY_CHARGED -> ScanOutcome.ALREADY_CHARGED;
        };
        o.settle(settled, plate.normalized(), zone.code(), outcome.detail(), outcome.retributionId());
    }

    /** Whether the plate was seen in this zone earlier that day, at or before {@code atOrBefore}. */
    private boolean seenBefore(PlateNumber plate, Zone zone, LocalDate day, Instant atOrBefore, ProcessingChunk chunk) {
        Instant dayStart = day.atStartOfDay(RetributionService.BRUSSELS).toInstant();
        return chunk.sawBefore(plate.normalized(), zone.code(), dayStart, atOrBefore)
                || !tenantEm.get()
                        .createQuery(
                                "select o.id from ScanObservation o where o.plateNormalized = :plate "
                                        + "and o.zoneCode = :zone and o.observedAt >= :dayStart and o.observedAt <= :before",
                                String.class)
                        .setParameter("plate", plate.normalized())
                        .setParameter("zone", zone.code())
                        .setParameter("dayStart", dayStart)
                        .setParameter("before", atOrBefore)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** The name a citizen sees as issuer or collector: the municipality, or its operator under the business model. */
    private static String party(BusinessModel.Party party, BusinessModel model, TenantView municipality) {
        if (party == BusinessModel.Party.OPERATOR && model.operator() != null) {
            return model.operator().name() + " (" + model.operator().companyNumber() + ")";
        }
        String name = municipality.names().nl() != null
                ? municipality.names().nl()
                : municipality.names().en();
        return name + " (NIS " + municipality.nisCode() + ")";
    }
}
