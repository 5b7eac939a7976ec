package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The rules a right registered directly must follow, one at a time or in a batch. */
final class RightChecks {

    /**
     * IOD rights follow their permit's place, card rights the card register, disc rights a parking session: never
     * registered directly.
     */
    static final List<RightKind> REGISTRABLE = Arrays.stream(RightKind.values())
            .filter(k -> k != RightKind.IOD && k != RightKind.DISABLED_CARD && k != RightKind.PARKING_DISC)
            .toList();

    /** A right that passed: its kind and plate as read. */
    record Checked(RightKind kind, PlateNumber plate) {}

    private RightChecks() {}

    /** Adds every problem of {@code details} to {@code v}; the kind and plate when they could be read. */
    static Checked check(RightDetails details, Predicate<String> zoneExists, Violations v) {
        RightKind kind = null;
        if (v.required("kind", details.kind())) {
            kind = REGISTRABLE.stream()
                    .filter(k -> k.name().equals(details.kind()))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                v.add(
                        "kind",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        REGISTRABLE.stream().map(Enum::name).toList())
                                + " (IOD permits, disabled-person cards and parking discs have their own registers)");
            }
        }
        Optional<PlateNumber> plate = Optional.empty();
        if (v.required("plate", details.plate())) {
            plate = PlateNumber.parse(details.plate(), details.country());
            if (plate.isEmpty()) {
                v.add(
                        "plate",
                        "is not a plate of " + (details.country() == null ? "BE" : details.country())
                                + " (e.g. 1-ABC-123)");
            }
        }
        if (details.zone() != null && !zoneExists.test(details.zone())) {
            v.add("zone", "no zone " + details.zone() + " in this municipality");
        }
        if (v.required("validFrom", details.validFrom()) & v.required("validTo", details.validTo())
                && !details.validTo().isAfter(details.validFrom())) {
            v.add("validTo", "must be after validFrom");
        }
        if (details.note() != null) {
            v.maxLength("note", details.note(), 300);
        }
        return new Checked(kind, plate.orElse(null));
    }
}
