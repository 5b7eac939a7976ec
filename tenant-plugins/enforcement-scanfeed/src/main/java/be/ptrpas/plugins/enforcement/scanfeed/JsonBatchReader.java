package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.FieldNames;
import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.Fields;
import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.RejectedRequestException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON form: {@code {"batchId", "deviceId", "observations": [{"observationId", "plate", "country",
 * "observedAt", "lat", "lon", "photoRef", "deviceId"?}]}}. Unknown members are ignored, so that vendors can add
 * their own without breaking older plug-ins.
 */
final class JsonBatchReader {

    private JsonBatchReader() {}

    static RawBatch read(String text) throws RejectedRequestException {
        if (!(parse(text) instanceof JsonObject batch)) {
            throw new RejectedRequestException("the JSON batch must be an object with deviceId and observations");
        }
        String batchId = optionalString(batch, "batchId", "batch");
        if (batchId != null
                && (batchId.length() > ObservationReader.MAX_ID_LENGTH
                        || batchId.chars().anyMatch(Character::isISOControl))) {
            throw new RejectedRequestException("batch: batchId must be at most " + ObservationReader.MAX_ID_LENGTH
                    + " characters without control characters");
        }
        String batchDevice = optionalString(batch, "deviceId", "batch");
        if (!(batch.get("observations") instanceof JsonArray observations)) {
            throw new RejectedRequestException("batch: observations is missing or not an array");
        }
        if (observations.size() > ScanfeedLimits.MAX_OBSERVATIONS) {
            throw new RejectedRequestException("batch: " + observations.size() + " observations, more than the "
                    + ScanfeedLimits.MAX_OBSERVATIONS + " allowed in one batch; split it");
        }
        List<LocatedObservation> read = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            String where = "observations[" + i + "]";
            if (!(observations.get(i) instanceof JsonObject item)) {
                throw new RejectedRequestException(where + ": must be an object");
            }
            String device = optionalString(item, "deviceId", where);
            Fields fields = new Fields(
                    optionalString(item, "observationId", where),
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
    private static JsonValue parse(String text) throws RejectedRequestException {
        try {
            return JsonInput.parse(text, ScanfeedLimits.MAX_BODY_BYTES);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new RejectedRequestException("invalid JSON at line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + ": " + withoutPlace(e.getMessage()));
        } catch (JsonException e) {
            throw new RejectedRequestException("invalid JSON: " + e.getMessage());
        }
    }

    /** Parsson appends the place to its message; it is already in ours. */
    private static String withoutPlace(String message) {
        return message == null ? "" : message.replaceFirst("\\s*at \\(line no=.*$", "");
    }

    private static String optionalString(JsonObject object, String name, String where) throws RejectedRequestException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new RejectedRequestException(where + ": " + name + " must be a string");
        }
        return text.getString();
    }

    /**
     * A coordinate as plain decimal text; {@link ObservationReader} checks it like a CSV field. A number whose
     * exponent is far from a coordinate's is refused before it is written out in full ({@code 1e999999999}).
     */
    private static String optionalNumber(JsonObject object, String name, String where) throws RejectedRequestException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new RejectedRequestException(where + ": " + name + " must be a number");
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.scale() < -3 || decimal.scale() > 20) {
            throw new RejectedRequestException(
                    where + ": " + name + " " + number + " is not a decimal number of degrees");
        }
        return decimal.toPlainString();
    }
}
