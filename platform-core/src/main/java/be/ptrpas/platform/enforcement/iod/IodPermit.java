package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.tenancy.CopiedEntityListener;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A permit to occupy the public domain (inname openbaar domein): a place and a period, for named plates or — when
 * none are named — for any car standing on the place (the removal van whose plate nobody knew in advance).
 */
@Entity
@EntityListeners(CopiedEntityListener.class)
@Table(name = "iod_permit")
public class IodPermit extends TenantOwnedEntity {

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "holder", nullable = false, updatable = false)
    private String holder;

    @Column(name = "holder_national_number", updatable = false)
    private String holderNationalNumber;

    @Column(name = "holder_company_number", updatable = false)
    private String holderCompanyNumber;

    @Column(name = "purpose", updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_kind", nullable = false, updatable = false)
    private IodArea.Kind areaKind;

    @Column(name = "geometry", nullable = false, updatable = false)
    private String geometry;

    @Column(name = "width_metres", updatable = false)
    private Double widthMetres;

    @Column(name = "min_lat", nullable = false, updatable = false)
    private double minLat;

    @Column(name = "min_lon", nullable = false, updatable = false)
    private double minLon;

    @Column(name = "max_lat", nullable = false, updatable = false)
    private double maxLat;

    @Column(name = "max_lon", nullable = false, updatable = false)
    private double maxLon;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;
    /** JSON array of {@link IodPermitView.Plate}; empty means any car on the place. */
    @Column(name = "plates", nullable = false, updatable = false)
    private String plates;

    @Column(name = "any_vehicle", nullable = false, updatable = false)
    private boolean anyVehicle;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    /** SHA-256 of the request that registered this, so the key cannot be reused for another request. */
    @Column(name = "request_hash", updatable = false)
    private String requestHash;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected IodPermit() {}

    IodPermit(
            String reference,
            String holder,
            PassHolder holderNumber,
            String purpose,
            IodArea area,
            Instant validFrom,
            Instant validTo,
            List<IodPermitView.Plate> plates,
            String idempotencyKey) {
        this.reference = reference;
        this.holder = holder;
        this.holderNationalNumber =
                holderNumber != null && holderNumber.type() == PassHolder.Type.PERSON ? holderNumber.number() : null;
        this.holderCompanyNumber =
                holderNumber != null && holderNumber.type() == PassHolder.Type.COMPANY ? holderNumber.number() : null;
        this.purpose = purpose;
        this.areaKind = area.kind();
        this.geometry = area.toGeoJson().toString();
        this.widthMetres = area.kind() == IodArea.Kind.STREET_SEGMENT ? area.widthMetres() : null;
        this.minLat = area.boundingBox().minLat();
        this.minLon = area.boundingBox().minLon();
        this.maxLat = area.boundingBox().maxLat();
        this.maxLon = area.boundingBox().maxLon();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.plates = Json.write(plates);
        this.anyVehicle = plates.isEmpty();
        this.idempotencyKey = idempotencyKey;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    IodArea area() {
        return IodArea.stored(geometry, widthMetres);
    }

    String geometryJson() {
        return geometry;
    }

    public String reference() {
        return reference;
    }

    /** The holder by number (permits registered before numbers were asked have none, and reach no pass). */
    PassHolder holderNumber() {
        return PassHolder.of(holderNationalNumber, holderCompanyNumber).orElse(null);
    }

    String holder() {
        return holder;
    }

    String purpose() {
        return purpose;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    List<IodPermitView.Plate> plates() {
        return List.of(Json.read(plates, IodPermitView.Plate[].class));
    }

    double minLat() {
        return minLat;
    }

    double maxLat() {
        return maxLat;
    }

    double minLon() {
        return minLon;
    }

    double maxLon() {
        return maxLon;
    }

    boolean anyVehicle() {
        return anyVehicle;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    Double widthMetres() {
        return widthMetres;
    }

    /** Keeps the fingerprint of the registering request (see {@link be.ptrpas.platform.common.web.IdempotencyKey}). */
    IodPermit withRequestHash(String requestHash) {
        this.requestHash = requestHash;
        return this;
    }

    String requestHash() {
        return requestHash;
    }
}
