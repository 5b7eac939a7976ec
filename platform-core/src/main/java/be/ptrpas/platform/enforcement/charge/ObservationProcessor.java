package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.common.tx.AfterTransaction;
import be.ptrpas.platform.enforcement.ScanMetrics;
import be.ptrpas.platform.enforcement.ScanObservation;
import be.ptrpas.platform.enforcement.ScanObservationRows;
import be.ptrpas.platform.enforcement.ScanOutcome;
import be.ptrpas.platform.enforcement.check.CheckResult;
import be.ptrpas.platform.enforcement.check.PlateVerdicts;
import be.ptrpas.platform.enforcement.check.ReadAhead;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        // Written below with the rest of the chunk in one statement, not by EclipseLink one UPDATE each: detached now
        // (the row locks stay), so a flush within the chunk (a GAS proposal's) does not write them either.
        waiting.forEach(tenantEm.get()::detach);
        ProcessingChunk chunk = new ProcessingChunk(tenants.current());
        ZoneMap map = zones.forCheck();
        // First what each observation is without asking the database (too late, no plate, outside every zone), so
        // the rest can be judged and charged from what a few queries read for all of them at once.
        List<ScanObservation> received = new ArrayList<>(waiting.size());
        List<Located> located = new ArrayList<>(waiting.size());
        for (ScanObservation observation : waiting) {
            if (ScanOutcome.RECEIVED.name().equals(observation.status())) {
                received.add(observation);
                locate(observation, map).ifPresent(located::add);
            }
        }
        Judging judging = located.isEmpty() ? null : readAhead(located, chunk);
        Map<ScanObservation, Located> toJudge = new IdentityHashMap<>();
        located.forEach(l -> toJudge.put(l.observation(), l));
        List<ScanOutcome> outcomes = new ArrayList<>(received.size());
        for (ScanObservation observation : received) {
            Located l = toJudge.get(observation);
            if (l != null) {
                judge(l, map, chunk, judging);
            }
            chunk.settled(observation);
            outcomes.add(ScanOutcome.valueOf(observation.status()));
        }
        if (judging != null) {
            retributions.write(judging.charges());
        }
        try {
            ScanObservationRows.settle(
                    tenantEm.connection(),
                    database.isPostgres(),
                    currentTenant.require(),
                    received,
                    clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "writing the outcomes of " + received.size() + " scan observations failed", e);
        }
        // Counted once the chunk is committed: a chunk that rolls back is processed again, and must not count twice.
        AfterTransaction.whenCommitted(transaction, () -> outcomes.forEach(metrics::settled));
        return ids.size();
    }

    /** An observation of a readable plate, in time, standing in at least one zone: one to judge. */
    private record Located(
            ScanObservation observation, PlateNumber plate, List<Zone> standing, Zone zone, LocalDate day) {

        String sourceKey() {
            return "scan:" + observation.pluginId() + ":" + observation.observationId();
        }

        /** The blue zone's maximum stay, when the deciding zone is one that charges a car seen again after it. */
        boolean blueWithMaximumStay() {
            return zone.kind() == Zone.Kind.BLUE && zone.maxStayMinutes() != null;
        }

        Instant dayStart() {
            return day.atStartOfDay(RetributionService.BRUSSELS).toInstant();
        }

        Instant seenBeforeUntil() {
            return observation.observedAt().minus(Duration.ofMinutes(zone.maxStayMinutes()));
        }
    }

    /** What the chunk read at once for judging and charging its located observations. */
    private record Judging(ReadAhead registry, ChargeBook charges) {}

    /** Settles what needs no database, or returns the observation to judge. */
    private Optional<Located> locate(ScanObservation o, ZoneMap map) {
        if (o.observedAt().isBefore(clock.instant().minus(Duration.ofHours(retentionHours)))) {
            o.settle(ScanOutcome.TOO_LATE, null, null, "seen more than " + retentionHours + " h ago", null);
            return Optional.empty();
        }
        Optional<PlateNumber> read = PlateNumber.parse(o.plate(), o.country() == null ? "BE" : o.country());
        if (read.isEmpty()) {
            o.settle(ScanOutcome.UNREADABLE, null, null, "'" + o.plate() + "' is not a plate", null);
            return Optional.empty();
        }
        PlateNumber plate = read.get();
        List<Zone> standing = map.at(o.latitude(), o.longitude());
        if (standing.isEmpty()) {
            o.settle(ScanOutcome.OUTSIDE_ZONES, plate.normalized(), null, null, null);
            return Optional.empty();
        }
        // A right counts in every zone at the position (a resident's zone under a paid one); without one, the
        // highest-tier zone's rules decide.
        return Optional.of(new Located(
                o,
                plate,
                standing,
                PlateVerdicts.deciding(standing),
                o.observedAt().atZone(RetributionService.BRUSSELS).toLocalDate()));
    }

    /**
     * One query each for what the located observations are judged and charged by: the plates' rights and
     * disabled-person cards, their earlier sightings in blue zones, and the retributions that bear on their charges.
     */
    private Judging readAhead(List<Located> located, ProcessingChunk chunk) {
        Set<PlateNumber> plates = new HashSet<>();
        Instant earliest = null;
        Instant latest = null;
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        for (Located l : located) {
            plates.add(l.plate());
            Instant at = l.observation().observedAt();
            earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
            latest = latest == null || at.isAfter(latest) ? at : latest;
            firstDay = firstDay == null || l.day().isBefore(firstDay) ? l.day() : firstDay;
            lastDay = lastDay == null || l.day().isAfter(lastDay) ? l.day() : lastDay;
        }
        ReadAhead registry = verdicts.readAhead(plates, earliest, latest);
        List<Located> blue =
                located.stream().filter(Located::blueWithMaximumStay).toList();
        if (!blue.isEmpty()) {
            Instant from =
                    blue.stream().map(Located::dayStart).min(Instant::compareTo).orElseThrow();
            Instant to = blue.stream()
                    .map(Located::seenBeforeUntil)
                    .max(Instant::compareTo)
                    .orElseThrow();
            chunk.storedSightings(
                    tenantEm.get()
                            .createQuery(
                                    "select o.plateNormalized, o.zoneCode, o.observedAt from ScanObservation o "
                                            + "where o.plateNormalized in :plates and o.zoneCode in :zones "
                                            + "and o.observedAt >= :from and o.observedAt <= :to",
                                    Object[].class)
                            .setParameter(
                                    "plates",
                                    blue.stream()
                                            .map(l -> l.plate().normalized())
                                            .distinct()
                                            .toList())
                            .setParameter(
                                    "zones",
                                    blue.stream()
                                            .map(l -> l.zone().code())
                                            .distinct()
                                            .toList())
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .getResultList(),
                    from,
                    to);
        }
        List<Located> charged = located.stream()
                .filter(l -> l.zone().enforcementRegime() != Zone.EnforcementRegime.GAS)
                .toList();
        ChargeBook charges = retributions.openBook(
                charged.stream().map(Located::sourceKey).toList(),
                charged.stream().map(Located::plate).distinct().toList(),
                firstDay,
                lastDay,
                earliest,
                latest);
        return new Judging(registry, charges);
    }

    private void judge(Located l, ZoneMap map, ProcessingChunk chunk, Judging judging) {
        ScanObservation o = l.observation();
        PlateNumber plate = l.plate();
        Zone zone = l.zone();
        CheckResult verdict = verdicts.verdictAt(
                plate, map, l.standing(), o.latitude(), o.longitude(), o.observedAt(), judging.registry());
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
        LocalDate day = l.day();
        if (l.blueWithMaximumStay() && !seenBefore(plate, zone, day, l.seenBeforeUntil(), chunk)) {
            o.settle(
                    ScanOutcome.FIRST_SIGHTING,
                    plate.normalized(),
                    zone.code(),
                    "a blue zone: charged only when seen again after " + zone.maxStayMinutes() + " minutes",
                    null);
            return;
        }
        String sourceKey = l.sourceKey();
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
        RetributionService.Outcome outcome = judging.charges().charge(draft);
        ScanOutcome settled = switch (outcome.kind()) {
            case CHARGED -> ScanOutcome.CHARGED;
            case REVIEW -> ScanOutcome.REVIEW;
            case ALREADY_CHARGED -> ScanOutcome.ALREADY_CHARGED;
        };
        o.settle(settled, plate.normalized(), zone.code(), outcome.detail(), outcome.retributionId());
    }

    /**
     * Whether the plate was seen in this zone earlier that day, at or before {@code atOrBefore}: settled by this chunk,
     * or before it (read for the whole chunk at once; asked of the database should that read not cover it).
     */
    private boolean seenBefore(PlateNumber plate, Zone zone, LocalDate day, Instant atOrBefore, ProcessingChunk chunk) {
        Instant dayStart = day.atStartOfDay(RetributionService.BRUSSELS).toInstant();
        return chunk.sawBefore(plate.normalized(), zone.code(), dayStart, atOrBefore)
                || chunk.storedBefore(plate.normalized(), zone.code(), dayStart, atOrBefore)
                        .orElseGet(() -> !tenantEm.get()
                                .createQuery(
                                        "select o.id from ScanObservation o where o.plateNormalized = :plate "
                                                + "and o.zoneCode = :zone and o.observedAt >= :dayStart "
                                                + "and o.observedAt <= :before",
                                        String.class)
                                .setParameter("plate", plate.normalized())
                                .setParameter("zone", zone.code())
                                .setParameter("dayStart", dayStart)
                                .setParameter("before", atOrBefore)
                                .setMaxResults(1)
                                .getResultList()
                                .isEmpty());
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
