package be.ptrpas.platform.enforcement;

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

    protected ScanObservation() {
    }

    ScanObservation(String pluginId, String batchId, Observation observation) {
        this.pluginId = pluginId;
        this.batchId = cut(batchId, 100);
        this.observationId = cut(observation.observationId(), 100);
        this.deviceId = cut(observation.deviceId(), 100);
        this.plate = cut(observation.plate(), 20);
        this.country = observation.country() == null || observation.country().length() != 2 ? null : observation.country();
        this.observedAt = observation.observedAt();
        this.latitude = observation.latitude();
        this.longitude = observation.longitude();
        this.photoRef = cut(observation.photoReference(), 500);
        this.status = "RECEIVED";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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
