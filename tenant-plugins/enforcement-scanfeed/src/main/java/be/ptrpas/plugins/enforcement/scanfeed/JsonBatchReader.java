package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.FieldNames;
import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.Fields;
import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.JsonNumber;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.spi.RejectedRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON form: {@code {"batchId", "deviceId", "observations": [{"observationId", "plate", "country",
 * "observedAt", "lat", "lon", "photoRef", "deviceId"?}]}}. Unknown members are ignored, so that vendors can add
 * their own without breaking older plug-ins.
 */
final class JsonBatchReader {

    private JsonBatchReader() {
    }

    static RawBatch read(String text) throws RejectedRequestException {
        if (!(parse(text) instanceof Map<?, ?> batch)) {
            throw new RejectedRequestException("the JSON batch must be an object with deviceId and observations");
        }
        String batchId = optionalString(batch, "batchId", "batch");
        if (batchId != null && (batchId.length() > ObservationReader.MAX_ID_LENGTH
                || batchId.chars().anyMatch(Character::isISOControl))) {
            throw new RejectedRequestException("batch: batchId must be at most " + ObservationReader.MAX_ID_LENGTH
                    + " characters without control characters");
        }
        String batchDevice = optionalString(batch, "deviceId", "batch");
        Object list = batch.get("observations");
        if (!(list instanceof List<?> observations)) {
            throw new RejectedRequestException("batch: observations is missing or not an array");
        }
        if (observations.size() > ScanfeedLimits.MAX_OBSERVATIONS) {
            throw new RejectedRequestException("batch: " + observations.size() + " observations, more than the "
                    + ScanfeedLimits.MAX_OBSERVATIONS + " allowed in one batch; split it");
        }
        List<LocatedObservation> read = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            String where = "observations[" + i + "]";
            if (!(observations.get(i) instanceof Map<?, ?> item)) {
                throw new RejectedRequestException(where + ": must be an object");
            }
            String device = optionalString(item, "deviceId", where);
            Fields fields = new Fields(optionalString(item, "observationId", where),
                    device != null ? device : batchDevice,
                    optionalString(item, "plate", where),
                    optionalString(item, "country", where),
                    optionalString(item, "observedAt", where),
                    optionalNumber(item, "lat", where),
                    optionalNumber(item, "lon", where),
                    optionalString(item, "photoRef", where));
            read.add(new LocatedObservation(where, ObservationReader.read(fields, where, FieldNames.JSON)));
        }
        return new RawBatch(batchId, read);
    }

    /** Strict JSON; the message names line and column. The upload's size was checked before it got here. */
    private static Object parse(String text) throws RejectedRequestException {
        try {
            return Json.parse(text, ScanfeedLimits.MAX_BODY_BYTES);
        } catch (MalformedJsonException e) {
            throw new RejectedRequestException("invalid JSON at line " + e.line() + ", column " + e.column() + ": "
                    + e.problem());
        }
    }

    private static String optionalString(Map<?, ?> object, String name, String where) throws RejectedRequestException {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new RejectedRequestException(where + ": " + name + " must be a string");
        }
        return text;
    }

    /** A coordinate as its decimal text; {@link ObservationReader} checks it like a CSV field. */
    private static String optionalNumber(Map<?, ?> object, String name, String where) throws RejectedRequestException {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new RejectedRequestException(where + ": " + name + " must be a number");
        }
        return number.text();
    }
}
