package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.rights.RightSource;
import be.ptrpas.platform.enforcement.rights.RightsService;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsService;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.Zone;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Parking sessions of the current municipality, sold by admitted parking operators: paid sessions in zones with a
 * parking-time tariff, free digital parking discs in blue zones ({@link SessionTerms}), each with a planned end or
 * open until the operator stops it. Every change keeps the
 * session's right to park in the registry in step ({@link RightsService#grantFromSource},
 * {@link RightsService#rescheduleFromSource}, {@link RightsService#revokeFromSource}) and is audited, in one
 * transaction with the session itself.
 *
 * <p>Times are kept to the second. A session cannot be backdated: its start lies no earlier than the moment the
 * operator reports it (give or take {@link #CLOCK_SKEW}), at most {@link #LONGEST_ADVANCE} ahead. Plate, zone and
 * start may be corrected, and the session cancelled, only within the municipality's edit window
 * ({@code sessionEditMinutes} after it was started); after that they are frozen.
 */
@ApplicationScoped
@Transactional
public class ParkingSessionService {

    static final String AUDIT_TYPE = "parking-session";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    static final Duration LONGEST_ADVANCE = Duration.ofDays(7);

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ParkingTimeTariffs parkingTariffs;

    @Inject
    RightsService rights;

    @Inject
    ZoneService zones;

    @Inject
    EnforcementSettingsService settings;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A started session, and whether this answer repeats the first one given under the same key. */
    public record Started(ParkingSessionView session, boolean replayed) {}

    public Started start(SessionStart details, String idempotencyKey) {
        String operator = operator();
        IdempotencyKey.require(idempotencyKey);
        String hash = IdempotencyKey.fingerprint(details);
        Optional<ParkingSessionRequest> earlier = tenantEm.get()
                .createQuery(
                        "select r from ParkingSessionRequest r "
                                + "where r.operatorId = :operator and r.idempotencyKey = :key",
                        ParkingSessionRequest.class)
                .setParameter("operator", operator)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    idempotencyKey, earlier.get().requestHash(), hash, "another session start");
            return new Started(Json.read(earlier.get().response(), ParkingSessionView.class), true);
        }
        if (details == null) {
            throw ProblemException.invalid(
                    "body",
                    "a session is required: plate, zone, and end (start defaults to now; "
                            + "without an end the session runs until it is stopped, at most the zone's maximum stay)");
        }
        Instant now = now();
        Violations v = new Violations();
        PlateNumber plate = plate(v, details.plate(), details.country());
        Zone zone = null;
        if (v.required("zone", details.zone())) {
            zone = zones.find(details.zone()).orElse(null);
            if (zone == null) {
                v.add("zone", "no zone " + details.zone() + " in this municipality");
            }
        }
        Instant start = details.start() == null ? now : seconds(details.start());
        if (start.isBefore(now.minus(CLOCK_SKEW))) {
            v.add("start", "must not lie in the past: a session is paid from the moment it is started");
        } else if (start.isAfter(now.plus(LONGEST_ADVANCE))) {
            v.add("start", "may lie at most " + LONGEST_ADVANCE.toDays() + " days ahead");
        }
        if (details.end() != null) {
            Instant end = seconds(details.end());
            if (!end.isAfter(start)) {
                v.add("end", "must be after the start (" + start + ")");
            } else if (!end.isAfter(now)) {
                v.add("end", "must lie in the future");
            }
        }
        v.throwIfAny();
        Instant end = details.end() == null ? null : seconds(details.end());
        SessionTerms.Terms terms = terms(zone).of(start, end);
        ParkingSession session =
                new ParkingSession(operator, plate.normalized(), plate.country(), zone.code(), start, end, terms);
        tenantEm.get().persist(session);
        tenantEm.get().flush();
        rights.grantFromSource(
                RightSource.PARKING_SESSION,
                session.id(),
                terms.kind(),
                plate,
                zone.code(),
                null,
                start,
                terms.rightEnds(),
                true);
        ParkingSessionView view = view(session, now);
        audit.record("start", AUDIT_TYPE, session.id(), null, view);
        tenantEm.get()
                .persist(new ParkingSessionRequest(operator, idempotencyKey, hash, session.id(), Json.write(view)));
        tenantEm.get().flush();
        return new Started(view, false);
    }

    /** One session: any of the municipality's, for its staff; only its own, for an operator (others: 404). */
    public ParkingSessionView get(String id) {
        return view(require(id), now());
    }

    /**
     * Sessions, newest start first: an operator sees only its own, the municipality's staff all of them.
     *
     * @param activeAt only sessions that give a right at that moment
     */
    public List<ParkingSessionView> list(String plateText, String country, String zone, Instant activeAt, int limit) {
        StringBuilder jpql = new StringBuilder("select s from ParkingSession s where 1 = 1");
        Optional<String> operator = caller.parkingOperatorId();
        operator.ifPresent(o -> jpql.append(" and s.operatorId = :operator"));
        PlateNumber plate = null;
        if (plateText != null) {
            plate = PlateNumber.parse(plateText, country)
                    .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
            jpql.append(" and s.plate = :plate and s.country = :country");
        }
        if (zone != null) {
            jpql.append(" and s.zoneCode = :zone");
        }
        if (activeAt != null) {
            jpql.append(" and s.state <> :cancelled and s.startsAt <= :at and s.endsAt > :at");
        }
        jpql.append(" order by s.startsAt desc, s.id");
        TypedQuery<ParkingSession> query = tenantEm.get().createQuery(jpql.toString(), ParkingSession.class);
        operator.ifPresent(o -> query.setParameter("operator", o));
        if (plate != null) {
            query.setParameter("plate", plate.normalized()).setParameter("country", plate.country());
        }
        if (zone != null) {
            query.setParameter("zone", zone);
        }
        if (activeAt != null) {
            query.setParameter("cancelled", ParkingSession.State.CANCELLED).setParameter("at", activeAt);
        }
        Instant now = now();
        int editMinutes = settings.current().sessionEditMinutes();
        return query.setMaxResults(limit)
                .getResultStream()
                .map(s -> ParkingSessionView.of(s, now, editMinutes))
                .toList();
    }

    /** Moves the end later; the fee is recomputed for the whole session. */
    public ParkingSessionView extend(String id, SessionExtension extension, Long expectedVersion) {
        ParkingSession session = requireOwn(id);
        Versions.check(expectedVersion, session.version(), "Session " + id);
        Instant now = now();
        requireRunning(session, now);
        if (extension == null || extension.end() == null) {
            throw ProblemException.invalid("end", "is required: the new end of the session");
        }
        if (session.openEnded()) {
            throw ProblemException.conflict(
                    "Session " + id + " is open: it runs until it is stopped, at the latest until " + session.endsAt()
                            + " (the zone's maximum stay), so it has no end to extend.");
        }
        Instant end = seconds(extension.end());
        if (!end.isAfter(session.plannedEnd())) {
            throw ProblemException.invalid(
                    "end",
                    "must be later than the current end (" + session.plannedEnd()
                            + "); stop the session to end it earlier");
        }
        SessionTerms.Terms terms = terms(session).of(session.startsAt(), end);
        ParkingSessionView before = view(session, now);
        session.extend(end, terms);
        tenantEm.get().flush();
        rights.rescheduleFromSource(RightSource.PARKING_SESSION, id, session.zoneCode(), session.startsAt(), end);
        ParkingSessionView after = view(session, now);
        audit.record("extend", AUDIT_TYPE, id, before, after);
        return after;
    }

    /**
     * Ends the session now. The fee becomes that of the time parked, and since fare steps are paid per started step,
     * the right lasts until the end of the step the stop falls in (never past the frame's end or the planned end).
     * An open session stopped after its latest end (the zone's maximum stay) is charged until that end. A disc
     * session's right ends with the stop and costs nothing.
     *
     * <p>Idempotent: stopping a stopped session changes nothing and answers it as stopped, whatever {@code If-Match}
     * says, so an app that retries a stop whose answer it lost (with the ETag it had) is not told 412. Stopping one
     * that has not begun cancels it.
     */
    public ParkingSessionView stop(String id, Long expectedVersion) {
        ParkingSession session = requireOwn(id);
        Instant now = now();
        if (session.state() == ParkingSession.State.STOPPED) {
            return view(session, now);
        }
        Versions.check(expectedVersion, session.version(), "Session " + id);
        if (!session.openEnded() || session.state() != ParkingSession.State.OPEN) {
            requireRunning(session, now);
        }
        if (now.isBefore(session.startsAt())) {
            return cancel(session, now, "stop");
        }
        SessionTerms.Settlement stop =
                terms(session).stop(session.startsAt(), session.plannedEnd(), session.endsAt(), now);
        ParkingSessionView before = view(session, now);
        session.stop(stop.stoppedAt(), stop.rightEnds(), stop.quote());
        tenantEm.get().flush();
        rights.rescheduleFromSource(
                RightSource.PARKING_SESSION, id, session.zoneCode(), session.startsAt(), stop.rightEnds());
        ParkingSessionView after = view(session, now);
        audit.record("stop", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** Corrects plate, zone or start within the edit window; the fee is recomputed. */
    public ParkingSessionView correct(String id, SessionCorrection correction, Long expectedVersion) {
        ParkingSession session = requireOwn(id);
        Versions.check(expectedVersion, session.version(), "Session " + id);
        Instant now = now();
        requireRunning(session, now);
        requireEditWindow(session, now);
        if (correction == null
                || correction.plate() == null
                        && correction.country() == null
                        && correction.zone() == null
                        && correction.start() == null) {
            throw ProblemException.invalid("body", "name what to correct: plate, country, zone or start");
        }
        Violations v = new Violations();
        String plateText = correction.plate() != null
                ? correction.plate()
                : PlateNumber.parse(session.plate(), session.country())
                        .map(PlateNumber::display)
                        .orElse(session.plate());
        PlateNumber plate =
                plate(v, plateText, correction.country() != null ? correction.country() : session.country());
        Zone zone = null;
        if (correction.zone() != null) {
            zone = zones.find(correction.zone()).orElse(null);
            if (zone == null) {
                v.add("zone", "no zone " + correction.zone() + " in this municipality");
            }
        } else {
            zone = zone(session.zoneCode());
        }
        Instant start = correction.start() != null ? seconds(correction.start()) : session.startsAt();
        if (correction.start() != null) {
            if (start.isBefore(session.createdAt().minus(CLOCK_SKEW))) {
                v.add(
                        "start",
                        "must not lie before the moment the session was started (" + seconds(session.createdAt())
                                + ")");
            } else if (session.plannedEnd() != null && !start.isBefore(session.plannedEnd())) {
                v.add("start", "must be before the planned end (" + session.plannedEnd() + ")");
            }
        }
        v.throwIfAny();
        boolean disc = session.discTime() != null;
        if (disc != (zone.kind() == Zone.Kind.BLUE)) {
            throw ProblemException.conflict(
                    "Session " + id + " is a " + (disc ? "parking-disc" : "paid") + " session and "
                            + "zone " + zone.code() + " is " + (disc ? "not a blue zone" : "a blue zone")
                            + "; cancel the session "
                            + "and start a new one there.");
        }
        if (disc && !start.equals(session.startsAt())) {
            throw ProblemException.conflict(
                    "The time on a parking disc may not change while the car stays (KB 1 december "
                            + "1975, art. 27.1.3); cancel the session and start a new one.");
        }
        SessionTerms.Terms terms = terms(zone).of(start, session.plannedEnd());
        boolean plateChanged =
                !plate.normalized().equals(session.plate()) || !plate.country().equals(session.country());
        if (plateChanged && rights.grantedFromSource(RightSource.PARKING_SESSION, id, plate)) {
            throw ProblemException.conflict("This session named plate " + plate.display() + " before; cancel it and "
                    + "start a new session for that plate.");
        }
        ParkingSessionView before = view(session, now);
        session.correct(plate.normalized(), plate.country(), zone.code(), start, terms);
        tenantEm.get().flush();
        if (plateChanged) {
            // A right belongs to one plate: the mistyped plate's right ends now, the corrected plate gets its own.
            rights.revokeFromSource(RightSource.PARKING_SESSION, id, now);
            rights.grantFromSource(
                    RightSource.PARKING_SESSION,
                    id,
                    terms.kind(),
                    plate,
                    zone.code(),
                    null,
                    start,
                    session.endsAt(),
                    true);
        } else {
            rights.rescheduleFromSource(RightSource.PARKING_SESSION, id, zone.code(), start, session.endsAt());
        }
        ParkingSessionView after = view(session, now);
        audit.record("correct", AUDIT_TYPE, id, before, after);
        return after;
    }

    /**
     * Cancels the session within the edit window (or any time before it begins): its right is revoked from its start
     * and its fee becomes 0. Cancelling a cancelled session changes nothing.
     */
    public ParkingSessionView cancel(String id, Long expectedVersion) {
        ParkingSession session = requireOwn(id);
        Instant now = now();
        if (session.state() == ParkingSession.State.CANCELLED) {
            // A retried cancellation (with the ETag it was sent with) gets the cancelled session, not 412.
            return view(session, now);
        }
        Versions.check(expectedVersion, session.version(), "Session " + id);
        requireRunning(session, now);
        if (!now.isBefore(session.startsAt())) {
            requireEditWindow(session, now);
        }
        return cancel(session, now, "cancel");
    }

    private ParkingSessionView cancel(ParkingSession session, Instant now, String action) {
        ParkingSessionView before = view(session, now);
        session.cancel(now);
        tenantEm.get().flush();
        rights.revokeFromSource(
                RightSource.PARKING_SESSION, session.id(), now.isBefore(session.startsAt()) ? now : session.startsAt());
        ParkingSessionView after = view(session, now);
        audit.record(action, AUDIT_TYPE, session.id(), before, after);
        return after;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The terms of a new session in a zone: a parking disc in a blue zone, else paid by its parking-time tariff. */
    private SessionTerms terms(Zone zone) {
        return zone.kind() == Zone.Kind.BLUE
                ? SessionTerms.disc(zone.code(), zone.maxStayMinutes())
                : SessionTerms.paid(zone.code(), parkingTariffs.of(zone));
    }

    /** The terms of an existing session: a disc session stays one, whatever became of its zone since. */
    private SessionTerms terms(ParkingSession session) {
        Zone zone = zone(session.zoneCode());
        return session.discTime() != null
                ? SessionTerms.disc(zone.code(), zone.maxStayMinutes())
                : SessionTerms.paid(zone.code(), parkingTariffs.of(zone));
    }

    private static PlateNumber plate(Violations v, String text, String country) {
        if (!v.required("plate", text)) {
            return null;
        }
        Optional<PlateNumber> plate = PlateNumber.parse(text, country);
        if (plate.isEmpty()) {
            v.add(
                    "plate",
                    "is not a plate of " + (country == null || country.isBlank() ? "BE" : country)
                            + " (e.g. 1-ABC-123, or give its country)");
            return null;
        }
        return plate.get();
    }

    private Zone zone(String code) {
        return zones.find(code).orElseThrow(() -> new IllegalStateException("session zone " + code + " disappeared"));
    }

    /** The calling operator; the resource lets only parking operators change sessions. */
    private String operator() {
        return caller.parkingOperatorId()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN, "Only a parking operator starts and changes sessions."));
    }

    private ParkingSession require(String id) {
        ParkingSession session = id == null ? null : tenantEm.get().find(ParkingSession.class, id);
        Optional<String> operator = caller.parkingOperatorId();
        if (session == null || operator.isPresent() && !operator.get().equals(session.operatorId())) {
            // Another operator's session is not revealed to exist.
            throw ProblemException.notFound("No parking session " + id + ".");
        }
        return session;
    }

    private ParkingSession requireOwn(String id) {
        operator();
        return require(id);
    }

    private static void requireRunning(ParkingSession session, Instant now) {
        switch (session.state()) {
            case CANCELLED ->
                throw new ProblemException(
                        ProblemType.PARKING_SESSION_CLOSED,
                        "Session " + session.id() + " was cancelled; start a new session.");
            case STOPPED ->
                throw new ProblemException(
                        ProblemType.PARKING_SESSION_CLOSED,
                        "Session " + session.id() + " was stopped at " + session.stoppedAt()
                                + "; start a new session.");
            case OPEN -> {
                if (!now.isBefore(session.endsAt())) {
                    throw new ProblemException(
                            ProblemType.PARKING_SESSION_CLOSED,
                            "Session " + session.id() + " ended at " + session.endsAt() + "; start a new session.");
                }
            }
        }
    }

    private void requireEditWindow(ParkingSession session, Instant now) {
        int minutes = settings.current().sessionEditMinutes();
        Instant closes = seconds(session.createdAt()).plusSeconds(minutes * 60L);
        if (!now.isBefore(closes)) {
            throw new ProblemException(
                    ProblemType.SESSION_EDIT_WINDOW_CLOSED,
                    "Plate, zone and start of session "
                            + session.id() + " could be corrected, and the session cancelled, until " + closes + " ("
                            + minutes + " minutes after it was started); stop it instead, or extend it.");
        }
    }

    private ParkingSessionView view(ParkingSession session, Instant now) {
        return ParkingSessionView.of(session, now, settings.current().sessionEditMinutes());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
