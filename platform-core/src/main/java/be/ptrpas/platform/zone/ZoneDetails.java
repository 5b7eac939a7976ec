package be.ptrpas.platform.zone;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.text.LocalizedText;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A zone as an admin sends it. The geometry is a GeoJSON Polygon or MultiPolygon in WGS84 ([lon, lat]).
 *
 * <p>{@code tier} (1–9, optional) ranks paid zones: a <strong>higher number is a dearer, more central zone</strong>.
 * Where zones overlap, the highest tier decides where a car stands; and where the municipality's enforcement setting
 * {@code higherTierCoversLower} is on, a paid session in a zone also counts in every zone of a lower tier (a ticket for
 * the centre is good on the outskirts, never the other way round).
 */
public record ZoneDetails(
        @Schema(required = true, pattern = "^[A-Z0-9][A-Z0-9-]{1,39}$")
        String code,

        @Schema(required = true) Zone.Kind kind,
        @Schema(required = true) LocalizedText name,

        @Schema(description = TIER, minimum = "1", maximum = "9")
        Integer tier,

        Integer maxStayMinutes,
        Zone.EnforcementRegime enforcementRegime,

        @Schema(required = true, description = "GeoJSON Polygon or MultiPolygon, WGS84 [lon, lat]")
        JsonValue geometry,

        List<Street> streets,
        List<String> permitTypes) {

    /** What a tier means, for the API description. */
    public static final String TIER =
            "Rank of a paid zone: a higher number is a dearer, more central zone. Where zones "
                    + "overlap the highest tier decides where a car stands; with the enforcement setting higherTierCoversLower a "
                    + "paid session also counts in every zone of a lower tier.";

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9]\\d{3}");
    static final int MAX_STREETS = 2000;
    /** Fits the permit_types column (40 codes of at most 40 characters, as JSON). */
    static final int MAX_PERMIT_TYPES = 40;

    /** A street (or part of it) whose addresses lie in the zone. Without numbers: the whole street. */
    public record Street(
            @Schema(required = true) String name,
            @Schema(required = true) String postalCode,
            Integer fromNumber,
            Integer toNumber,
            Parity parity) {}

    public enum Parity {
        ALL,
        EVEN,
        ODD
    }

    public void validate(Violations violations) {
        if (violations.required("code", code)) {
            violations.matches("code", code, CODE, "must be 2-40 upper-case letters, digits or '-', e.g. GNK-BLAUW-1");
        }
        violations.required("kind", kind);
        LocalizedText.validate(violations, "name", name, 200);
        violations.range("tier", tier, 1, 9);
        violations.range("maxStayMinutes", maxStayMinutes, 5, 24 * 60);
        if (kind == Zone.Kind.BLUE && maxStayMinutes == null) {
            violations.add("maxStayMinutes", "is required for a blue zone (the parking-disc limit)");
        }
        violations.required("geometry", geometry);
        if (violations.maxSize("streets", streets, MAX_STREETS)) {
            for (int i = 0; i < streets.size(); i++) {
                validateStreet(violations, "streets[" + i + "]", streets.get(i));
            }
        }
        if (violations.maxSize("permitTypes", permitTypes, MAX_PERMIT_TYPES)) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < permitTypes.size(); i++) {
                String type = permitTypes.get(i);
                if (type == null || !seen.add(type)) {
                    violations.add("permitTypes[" + i + "]", type == null ? "is empty" : "is listed twice");
                }
            }
        }
    }

    private static void validateStreet(Violations violations, String field, Street street) {
        if (!violations.required(field, street)) {
            return;
        }
        if (violations.required(field + ".name", street.name())) {
            violations.maxLength(field + ".name", street.name(), 120);
        }
        if (violations.required(field + ".postalCode", street.postalCode())) {
            violations.matches(
                    field + ".postalCode", street.postalCode(), POSTAL_CODE, "must be a Belgian postal code");
        }
        violations.range(field + ".fromNumber", street.fromNumber(), 1, 99999);
        violations.range(field + ".toNumber", street.toNumber(), 1, 99999);
        if (street.fromNumber() != null && street.toNumber() != null && street.fromNumber() > street.toNumber()) {
            violations.add(field + ".toNumber", "must not be lower than fromNumber");
        }
        if ((street.fromNumber() == null) != (street.toNumber() == null)) {
            violations.add(field, "give both fromNumber and toNumber, or neither for the whole street");
        }
    }
}
