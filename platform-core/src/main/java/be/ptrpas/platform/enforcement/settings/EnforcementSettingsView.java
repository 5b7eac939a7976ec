package be.ptrpas.platform.enforcement.settings;

import be.ptrpas.platform.common.problem.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's enforcement settings.
 *
 * @param graceMinutes           after a right ends, checks answer RECENTLY_EXPIRED (not NO_RIGHT) this long; scan
 *                               observations in that window are not charged
 * @param revealRightDetails     whether wardens see a right's kind and end (a right may also hide itself)
 * @param higherTierCoversLower  a paid session in a zone of a higher tier (a dearer, more central zone: a higher tier
 *                               number) also counts in zones of lower tiers
 * @param chargesPerPlateZoneDay at most this many charges for one plate, zone and day (usually 1)
 * @param repeatReviewHours      a plate charged for the same cause in the same zone this recently is flagged for a
 *                               clerk's review instead of charged again (0: never)
 * @param sessionEditMinutes     an operator may correct a session's plate, zone and start, or cancel it, this long
 *                               after starting it (0: never); then they are frozen
 * @param version                for optimistic updates (If-Match); ignored on input
 */
public record EnforcementSettingsView(
        @Schema(required = true) Integer graceMinutes,
        @Schema(required = true) Boolean revealRightDetails,
        @Schema(required = true) Boolean higherTierCoversLower,
        @Schema(required = true) Integer chargesPerPlateZoneDay,
        @Schema(required = true) Integer repeatReviewHours,
        @Schema(required = true) Integer sessionEditMinutes,
        Long version) {

    public static final EnforcementSettingsView DEFAULTS = new EnforcementSettingsView(15, true, false, 1, 24, 5, 0L);

    void validate(Violations v) {
        if (v.required("graceMinutes", graceMinutes)) {
            v.range("graceMinutes", graceMinutes, 0, 120);
        }
        v.required("revealRightDetails", revealRightDetails);
        v.required("higherTierCoversLower", higherTierCoversLower);
        if (v.required("chargesPerPlateZoneDay", chargesPerPlateZoneDay)) {
            v.range("chargesPerPlateZoneDay", chargesPerPlateZoneDay, 1, 4);
        }
        if (v.required("repeatReviewHours", repeatReviewHours)) {
            v.range("repeatReviewHours", repeatReviewHours, 0, 168);
        }
        if (v.required("sessionEditMinutes", sessionEditMinutes)) {
            v.range("sessionEditMinutes", sessionEditMinutes, 0, 60);
        }
    }
}
