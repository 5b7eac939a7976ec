package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.Observation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns the text fields of one observation, from JSON or CSV alike, into an {@link Observation}, checking each
 * field and naming it (and where it is) when it is wrong. Both formats share it, so they accept exactly the same
 * values.
 */
final class ObservationReader {

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_PLATE_LENGTH = 20;
    static final int MAX_PHOTO_REF_LENGTH = 500;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{1,15})?");

    /** The raw text values of one observation; null or empty when a field is absent. */
    record Fields(
            String observationId,
            String deviceId,
            String plate,
            String country,
            String observedAt,
            String lat,
            String lon,
            String photoRef) {}

    private ObservationReader() {}

    /**
     * @param where    where the observation is, for messages: "line 5" or "observations[4]"
     * @param names    the field names of the format, for messages
     */
    static Observation read(Fields fields, String where, FieldNames names) throws RejectedRequestException {
        String id = required(fields.observationId(), where, names.observationId());
        checkText(id, MAX_ID_LENGTH, where, names.observationId());
        String at = where + " (" + names.observationId() + " " + id + ")";
        String device = required(fields.deviceId(), at, names.deviceId());
        checkText(device, MAX_ID_LENGTH, at, names.deviceId());
        String plate = required(fields.plate(), at, names.plate());
        checkText(plate, MAX_PLATE_LENGTH, at, names.plate());
        String country = country(fields.country(), at, names.country());
        Instant observedAt = instant(required(fields.observedAt(), at, names.observedAt()), at, names.observedAt());
        double lat = coordinate(required(fields.lat(), at, names.lat()), 90, at, names.lat());
        double lon = coordinate(required(fields.lon(), at, names.lon()), 180, at, names.lon());
        String photoRef = isAbsent(fields.photoRef()) ? null : fields.photoRef();
        if (photoRef != null) {
            checkText(photoRef, MAX_PHOTO_REF_LENGTH, at, names.photoRef());
        }
        return new Observation(id, device, plate, country, observedAt, lat, lon, photoRef);
    }

    private static String required(String value, String where, String field) throws RejectedRequestException {
        if (isAbsent(value)) {
            throw new RejectedRequestException(where + ": " + field + " is missing");
        }
        return value;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static void checkText(String value, int maxLength, String where, String field)
            throws RejectedRequestException {
        if (value.length() > maxLength) {
            throw new RejectedRequestException(where + ": " + field + " is longer than " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new RejectedRequestException(where + ": " + field + " contains a control character");
        }
    }

    private static String country(String value, String where, String field) throws RejectedRequestException {
        if (isAbsent(value)) {
            return null; // the scan car could not read the country
        }
        if (!COUNTRY.matcher(value).matches()) {
            throw new RejectedRequestException(where + ": " + field + " '" + shorten(value)
                    + "' is not an ISO 3166 country code of two capital letters");
        }
        return value;
    }

    private static Instant instant(String value, String where, String field) throws RejectedRequestException {
        try {
            // ISO_OFFSET_DATE_TIME's rules: the offset is demanded, a time without one is ambiguous around the DST
            // switch.
            return IsoTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedRequestException(where + ": " + field + " '" + shorten(value)
                    + "' is not an ISO-8601 time with an offset, e.g. 2026-11-24T08:15:00+01:00");
        }
    }

    private static double coordinate(String value, int limit, String where, String field)
            throws RejectedRequestException {
        // A strict pattern rather than Double.parseDouble alone: that would take "NaN", "1e3" and hex floats.
        if (!DECIMAL.matcher(value).matches()) {
            throw new RejectedRequestException(
                    where + ": " + field + " '" + shorten(value) + "' is not a decimal number of degrees");
        }
        double degrees = Double.parseDouble(value);
        if (degrees < -limit || degrees > limit) {
            throw new RejectedRequestException(
                    where + ": " + field + " " + value + " is out of range (-" + limit + " to " + limit + ")");
        }
        return degrees;
    }

    /** Echoes at most a little of a bad value: enough to find it, never a whole line of a hostile upload. */
    static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    /** How the format calls each field, so messages use the words the vendor's developer knows. */
    record FieldNames(
            String observationId,
            String deviceId,
            String plate,
            String country,
            String observedAt,
            String lat,
            String lon,
            String photoRef) {

        static final FieldNames JSON =
                new FieldNames("observationId", "deviceId", "plate", "country", "observedAt", "lat", "lon", "photoRef");
        static final FieldNames CSV = new FieldNames(
                "observation_id", "device_id", "plate", "country", "observed_at", "lat", "lon", "photo_ref");
    }
}
