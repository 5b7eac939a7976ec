package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A parking session an operator sold: a plate in a zone from a start to an end, and its fee. Paid in a zone with a
 * parking-time tariff, or a free digital parking disc in a blue zone ({@code discTime} set). Without a planned end it
 * is open: it runs until the operator stops it, at the latest until the zone's maximum stay. Its right to park
 * ({@code parking_right}, source PARKING_SESSION) is kept in step in the same transaction by
 * {@link ParkingSessionService}.
 */
@Entity
@Table(name = "parking_session")
public class ParkingSession extends TenantOwnedEntity {

    /** What the operator did last; whether the session runs now follows from the times. */
    public enum State {
        OPEN,
        STOPPED,
        CANCELLED
    }

    @Column(name = "operator_id", nullable = false, updatable = false)
    private String operatorId;

    @Column(name = "plate", nullable = false)
    private String plate;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "zone_code", nullable = false)
    private String zoneCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    /** The end the operator asked for (moved by extensions); null for an open session, stopped by the operator. */
    @Column(name = "planned_end")
    private Instant plannedEnd;
    /**
     * When the right ends: the planned end (an open session's latest end: the zone's maximum stay), or after a stop
     * the end of the last started fare step.
     */
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    /** The time the parking disc shows (a disc session in a blue zone); null for a paid session. */
    @Column(name = "disc_time")
    private Instant discTime;

    @Column(name = "fee", nullable = false)
    private BigDecimal fee;
    /** JSON array of {@link ParkingFeeCalculator.FeeLine}. */
    @Column(name = "fee_lines", nullable = false)
    private String feeLines;

    protected ParkingSession() {}

    ParkingSession(
            String operatorId,
            String plate,
            String country,
            String zoneCode,
            Instant startsAt,
            Instant plannedEnd,
            SessionTerms.Terms terms) {
        this.operatorId = operatorId;
        this.plate = plate;
        this.country = country;
        this.zoneCode = zoneCode;
        this.startsAt = startsAt;
        this.plannedEnd = plannedEnd;
        this.state = State.OPEN;
        apply(terms);
    }

    void extend(Instant newEnd, SessionTerms.Terms terms) {
        plannedEnd = newEnd;
        apply(terms);
    }

    void correct(String plate, String country, String zoneCode, Instant startsAt, SessionTerms.Terms terms) {
        this.plate = plate;
        this.country = country;
        this.zoneCode = zoneCode;
        this.startsAt = startsAt;
        apply(terms);
    }

    private void apply(SessionTerms.Terms terms) {
        endsAt = terms.rightEnds();
        discTime = terms.discTime();
        price(terms.quote());
    }

    void stop(Instant at, Instant rightEnds, ParkingFeeCalculator.Quote quote) {
        state = State.STOPPED;
        stoppedAt = at;
        endsAt = rightEnds;
        price(quote);
    }

    void cancel(Instant at) {
        state = State.CANCELLED;
        cancelledAt = at;
        fee = BigDecimal.ZERO.setScale(2);
        feeLines = "[]";
    }

    private void price(ParkingFeeCalculator.Quote quote) {
        fee = quote.total();
        feeLines = Json.write(quote.lines());
    }

    public String operatorId() {
        return operatorId;
    }

    public String plate() {
        return plate;
    }

    public String country() {
        return country;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant plannedEnd() {
        return plannedEnd;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean openEnded() {
        return plannedEnd == null;
    }

    public Instant discTime() {
        return discTime;
    }

    public State state() {
        return state;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public BigDecimal fee() {
        return fee;
    }

    List<ParkingFeeCalculator.FeeLine> feeLines() {
        return List.of(Json.read(feeLines, ParkingFeeCalculator.FeeLine[].class));
    }
}
