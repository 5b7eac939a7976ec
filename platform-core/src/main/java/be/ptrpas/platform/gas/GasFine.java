package be.ptrpas.platform.gas;

import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.gas.GasProcedure.Terms;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A GAS 4 or GAS 5 fine. What was found (plate, time, place, speed) and its amount never change; who it is addressed
 * to changes once at most (a GAS 5 driver designation); the state and its terms change only through
 * {@link GasProcedure}, each step recorded in {@link GasFineEvent}.
 */
@Entity
@Table(name = "gas_fine")
public class GasFine extends TenantOwnedEntity {

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private GasKind kind;

    @Column(name = "product_code", nullable = false, updatable = false)
    private String productCode;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", nullable = false, updatable = false)
    private String country;

    @Column(name = "offender_national_number")
    private String offenderNationalNumber;

    @Column(name = "offender_company_number")
    private String offenderCompanyNumber;

    @Column(name = "offender_name")
    private String offenderName;

    @Column(name = "offence_at", nullable = false, updatable = false)
    private Instant offenceAt;

    @Column(name = "offence_day", nullable = false, updatable = false)
    private LocalDate offenceDay;

    @Column(name = "place", nullable = false, updatable = false)
    private String place;

    @Column(name = "zone_code", updatable = false)
    private String zoneCode;

    @Column(name = "latitude", updatable = false)
    private Double latitude;

    @Column(name = "longitude", updatable = false)
    private Double longitude;

    @Column(name = "offence", updatable = false)
    private String offence;

    @Column(name = "evidence_ref", updatable = false)
    private String evidenceRef;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "measured_speed", updatable = false)
    private Integer measuredSpeed;

    @Column(name = "speed_limit", updatable = false)
    private Integer speedLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "defence_due")
    private LocalDate defenceDue;

    @Column(name = "payment_due")
    private LocalDate paymentDue;

    @Column(name = "appeal_due")
    private LocalDate appealDue;

    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    @Column(name = "driver_designated", nullable = false)
    private boolean driverDesignated;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "payment_reference", nullable = false, updatable = false)
    private String paymentReference;

    @Column(name = "source_key", updatable = false)
    private String sourceKey;

    @Column(name = "proposal_key", updatable = false)
    private String proposalKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_lookup")
    private HolderLookup holderLookup;

    protected GasFine() {}

    /** Everything found at registration, after validation; the amount is already worked out from the tariff. */
    record Found(
            GasKind kind,
            String productCode,
            String plate,
            String country,
            Party offender,
            Instant offenceAt,
            LocalDate offenceDay,
            String place,
            String zoneCode,
            Double latitude,
            Double longitude,
            String offence,
            String evidenceRef,
            BigDecimal amount,
            Integer measuredSpeed,
            Integer speedLimit,
            String sourceKey,
            String proposalKey) {}

    /** The person or company a fine is addressed to: one of the two numbers, and a name. */
    @Schema(name = "GasParty")
    public record Party(String nationalNumber, String companyNumber, String name) {}

    GasFine(Found found, String reference, String paymentReference, LocalDate registeredOn) {
        this.reference = reference;
        this.kind = found.kind();
        this.productCode = found.productCode();
        this.plate = found.plate();
        this.country = found.country();
        readdress(found.offender());
        this.offenceAt = found.offenceAt();
        this.offenceDay = found.offenceDay();
        this.place = found.place();
        this.zoneCode = found.zoneCode();
        this.latitude = found.latitude();
        this.longitude = found.longitude();
        this.offence = found.offence();
        this.evidenceRef = found.evidenceRef();
        this.amount = found.amount();
        this.measuredSpeed = found.measuredSpeed();
        this.speedLimit = found.speedLimit();
        this.sourceKey = found.sourceKey();
        this.proposalKey = found.proposalKey();
        this.paymentReference = paymentReference;
        this.state = State.REGISTERED;
        this.lastStepOn = registeredOn;
    }

    GasProcedure.Facts facts() {
        return new GasProcedure.Facts(kind, state, terms(), hasAddressee(), driverDesignated);
    }

    Terms terms() {
        return new Terms(notifiedOn, defenceDue, paymentDue, appealDue);
    }

    boolean hasAddressee() {
        return offenderNationalNumber != null || offenderCompanyNumber != null;
    }

    /** Takes the step {@link GasProcedure} allowed. */
    void moveTo(State next, Terms terms, LocalDate on) {
        this.state = next;
        this.notifiedOn = terms.notifiedOn();
        this.defenceDue = terms.defenceDue();
        this.paymentDue = terms.paymentDue();
        this.appealDue = terms.appealDue();
        this.lastStepOn = on;
    }

    void readdress(Party party) {
        this.offenderNationalNumber = party == null ? null : party.nationalNumber();
        this.offenderCompanyNumber = party == null ? null : party.companyNumber();
        this.offenderName = party == null ? null : party.name();
    }

    void driverDesignated() {
        this.driverDesignated = true;
    }

    void paid(LocalDate on, BigDecimal paid) {
        this.paidOn = on;
        this.paidAmount = paid;
    }

    public String reference() {
        return reference;
    }

    public GasKind kind() {
        return kind;
    }

    public String productCode() {
        return productCode;
    }

    public String plate() {
        return plate;
    }

    public String country() {
        return country;
    }

    public Party offender() {
        return hasAddressee() || offenderName != null
                ? new Party(offenderNationalNumber, offenderCompanyNumber, offenderName)
                : null;
    }

    public Instant offenceAt() {
        return offenceAt;
    }

    public LocalDate offenceDay() {
        return offenceDay;
    }

    public String place() {
        return place;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String offence() {
        return offence;
    }

    public String evidenceRef() {
        return evidenceRef;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Integer measuredSpeed() {
        return measuredSpeed;
    }

    public Integer speedLimit() {
        return speedLimit;
    }

    public State state() {
        return state;
    }

    public LocalDate lastStepOn() {
        return lastStepOn;
    }

    public boolean isDriverDesignated() {
        return driverDesignated;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String sourceKey() {
        return sourceKey;
    }

    /** Where the search for a scan proposal's addressee stands; null for fines registered with their offender. */
    public HolderLookup holderLookup() {
        return holderLookup;
    }

    /** A proposal from a scan car names nobody: a Belgian plate's holder is looked up, a foreign one is the clerks'. */
    void awaitHolder() {
        this.holderLookup = "BE".equals(country) ? HolderLookup.PENDING : HolderLookup.UNRESOLVED;
    }

    void holderFound(Party holder) {
        readdress(holder);
        this.holderLookup = HolderLookup.RESOLVED;
    }

    void holderUnknown() {
        this.holderLookup = HolderLookup.UNRESOLVED;
    }

    /** The vehicle-register look-up of a scan proposal's addressee. */
    public enum HolderLookup {
        PENDING,
        RESOLVED,
        UNRESOLVED
    }
}
