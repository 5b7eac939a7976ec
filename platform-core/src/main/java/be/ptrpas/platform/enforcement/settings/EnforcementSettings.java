package be.ptrpas.platform.enforcement.settings;

import be.ptrpas.platform.tenancy.CopiedEntityListener;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

/** How one municipality enforces: one row per municipality, defaults until its admin changes them. */
@Entity
@EntityListeners(CopiedEntityListener.class)
@Table(name = "enforcement_settings")
public class EnforcementSettings extends TenantOwnedEntity {

    @Column(name = "grace_minutes", nullable = false)
    private int graceMinutes;

    @Column(name = "reveal_right_details", nullable = false)
    private boolean revealRightDetails;

    @Column(name = "higher_tier_covers_lower", nullable = false)
    private boolean higherTierCoversLower;

    @Column(name = "charges_per_plate_zone_day", nullable = false)
    private int chargesPerPlateZoneDay;

    @Column(name = "repeat_review_hours", nullable = false)
    private int repeatReviewHours;

    @Column(name = "session_edit_minutes", nullable = false)
    private int sessionEditMinutes;

    protected EnforcementSettings() {}

    EnforcementSettings(EnforcementSettingsView values) {
        apply(values);
    }

    void apply(EnforcementSettingsView values) {
        graceMinutes = values.graceMinutes();
        revealRightDetails = values.revealRightDetails();
        higherTierCoversLower = values.higherTierCoversLower();
        chargesPerPlateZoneDay = values.chargesPerPlateZoneDay();
        repeatReviewHours = values.repeatReviewHours();
        sessionEditMinutes = values.sessionEditMinutes();
    }

    EnforcementSettingsView view() {
        return new EnforcementSettingsView(
                graceMinutes,
                revealRightDetails,
                higherTierCoversLower,
                chargesPerPlateZoneDay,
                repeatReviewHours,
                sessionEditMinutes,
                version());
    }
}
