package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.common.time.EntityClock;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import be.ptrpas.spi.enforcement.Observation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scan-car observation as the vendor reported it, stored once per vendor observation id. Checking it against the
 * rights registry (retribution, GAS proposal or nothing) is the enforcement feature's job.
 */
@Entity
@Table(name = "scan_observation")
public class ScanObservation extends TenantOwnedEntity {

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "observation_id", nullable = false, updatable = false)
    private String observationId;

    @Column(name = "batch_id", updatable = false)
    private String batchId;

    @Column(name = "device_id", updatable = false)
    private String deviceId;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", updatable = false)
    private String country;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(name = "latitude", nullable = false, updatable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false, updatable = false)
    private double longitude;

    @Column(name = "photo_ref", updatable = false)
    private String photoRef;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "plate_normalized")
    private String plateNormalized;

    @Column(name = "zone_code")
    private String zoneCode;

    @Column(name = "outcome_detail")
    private String outcomeDetail;

    @Column(name = "charge_id")
    private String chargeId;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected ScanObservation() {}

    ScanObservation(String pluginId, String batchId, Observation observation) {
        this.pluginId = pluginId;
        this.batchId = cut(batchId, 100);
        this.observationId = cut(observation.observationId(), 100);
        this.deviceId = cut(observation.deviceId(), 100);
        this.plate = cut(observation.plate(), 20);
        this.country =
                observation.country() == null || observation.country().length() != 2 ? null : observation.country();
        this.observedAt = observation.observedAt();
        this.latitude = observation.latitude();
        this.longitude = observation.longitude();
        this.photoRef = cut(observation.photoReference(), 500);
        this.status = "RECEIVED";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Records what checking the observation against the rights registry led to. */
    public void settle(ScanOutcome outcome, String plateNormalized, String zoneCode, String detail, String chargeId) {
        this.status = outcome.name();
        this.plateNormalized = plateNormalized;
        this.zoneCode = zoneCode;
        this.outcomeDetail = cut(detail, 300);
        this.chargeId = chargeId;
        this.processedAt = EntityClock.now();
    }

    public String pluginId() {
        return pluginId;
    }

    public String batchId() {
        return batchId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String country() {
        return country;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public String photoRef() {
        return photoRef;
    }

    public String status() {
        return status;
    }

    public String plateNormalized() {
        return plateNormalized;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public String outcomeDetail() {
        return outcomeDetail;
    }

    public String chargeId() {
        return chargeId;
    }

    public Instant processedAt() {
        return processedAt;
    }

    public String observationId() {
        return observationId;
    }

    public String plate() {
        return plate;
    }

    public Instant observedAt() {
        return observedAt;
    }
}
