package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks that span a whole batch: unique ids, allowed devices, and no captures from after the upload. */
final class BatchRules {

    private final Set<String> allowedDevices;
    private final Duration maxSkew;

    /** @param allowedDevices the devices this municipality accepts; empty for any */
    BatchRules(Set<String> allowedDevices, Duration maxSkew) {
        this.allowedDevices = Set.copyOf(allowedDevices);
        this.maxSkew = maxSkew;
    }

    /**
     * @param uploadingDevice the {@code X-Scanfeed-Device} header, when the device says who it is
     * @param signedAt        when the upload was signed
     */
    void check(RawBatch batch, Optional<String> uploadingDevice, Instant signedAt) throws RejectedRequestException {
        if (uploadingDevice.isPresent() && !isAllowed(uploadingDevice.get())) {
            throw new RejectedRequestException("device '" + ObservationReader.shorten(uploadingDevice.get())
                    + "' (X-Scanfeed-Device) is not allowed for this municipality");
        }
        Map<String, String> seen = new HashMap<>();
        Instant latestPossible = signedAt.plus(maxSkew);
        for (LocatedObservation located : batch.observations()) {
            Observation observation = located.observation();
            String where = located.where();
            String earlier = seen.putIfAbsent(observation.observationId(), where);
            if (earlier != null) {
                throw new RejectedRequestException(where + ": duplicate observationId '" + observation.observationId()
                        + "', already used at " + earlier);
            }
            if (uploadingDevice.isPresent() && !uploadingDevice.get().equals(observation.deviceId())) {
                throw new RejectedRequestException(where + ": device '" + observation.deviceId()
                        + "' differs from the uploading device in X-Scanfeed-Device");
            }
            if (!isAllowed(observation.deviceId())) {
                throw new RejectedRequestException(
                        where + ": device '" + observation.deviceId() + "' is not allowed for this municipality");
            }
            // A capture "from the future" means a device clock is wrong, and its times cannot back a retribution.
            if (observation.observedAt().isAfter(latestPossible)) {
                throw new RejectedRequestException(where + ": observedAt " + observation.observedAt()
                        + " is after the upload was signed (" + signedAt + "); check the device's clock");
            }
        }
    }

    private boolean isAllowed(String device) {
        return allowedDevices.isEmpty() || allowedDevices.contains(device);
    }
}
