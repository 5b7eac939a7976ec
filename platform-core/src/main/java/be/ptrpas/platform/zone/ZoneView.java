package be.ptrpas.platform.zone;

import be.ptrpas.platform.common.text.LocalizedText;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A zone as the API shows it. */
public record ZoneView(
        String code,
        Zone.Kind kind,
        LocalizedText name,
        @Schema(description = ZoneDetails.TIER) Integer tier,
        Integer maxStayMinutes,
        Zone.EnforcementRegime enforcementRegime,
        JsonObject geometry,
        List<ZoneDetails.Street> streets,
        List<String> permitTypes,
        long version,
        Instant updatedAt) {}
