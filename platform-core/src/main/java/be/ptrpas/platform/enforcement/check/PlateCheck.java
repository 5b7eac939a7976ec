package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One plate check as it was asked and answered: who, from which device, when, which plate, where, what verdict. */
@Entity
@Table(name = "plate_check")
public class PlateCheck extends TenantOwnedEntity {

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "device", updatable = false)
    private String device;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", nullable = false, updatable = false)
    private String country;
    /** None for a check by position outside every zone. */
    @Column(name = "zone_code", updatable = false)
    private String zoneCode;

    @Column(name = "verdict", nullable = false, updatable = false)
    private String verdict;

    @Column(name = "latitude", updatable = false)
    private Double latitude;

    @Column(name = "longitude", updatable = false)
    private Double longitude;
    /** The moment the check was for ({@code at=}); when it was asked is {@link #checkedAt}. */
    @Column(name = "checked_for", updatable = false)
    private Instant checkedFor;

    protected PlateCheck() {}

    PlateCheck(
            Instant checkedAt,
            String actor,
            String device,
            String plate,
            String country,
            String zoneCode,
            String verdict) {
        this.checkedAt = checkedAt;
        this.actor = actor.length() <= 200 ? actor : actor.substring(0, 200);
        this.device =
                device == null || device.isBlank() ? null : device.length() <= 100 ? device : device.substring(0, 100);
        this.plate = plate;
        this.country = country;
        this.zoneCode = zoneCode;
        this.verdict = verdict;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String actor() {
        return actor;
    }

    public String device() {
        return device;
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

    public String verdict() {
        return verdict;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Instant checkedFor() {
        return checkedFor;
    }
}
