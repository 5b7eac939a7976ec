package be.ptrpas.platform.tenant;

import be.ptrpas.platform.common.text.LocalizedText;
import java.time.Instant;
import java.util.List;

/** A municipality as the API shows it. */
public record TenantView(
        String nisCode,
        LocalizedText names,
        List<String> languages,
        TenantDetails.Branding branding,
        String contactEmail,
        BusinessModel businessModel,
        Tenant.Status status,
        long version,
        Instant updatedAt) {

    static TenantView of(Tenant tenant) {
        TenantDetails details = tenant.details();
        return new TenantView(
                details.nisCode(),
                details.names(),
                details.languages(),
                details.branding(),
                details.contactEmail(),
                details.businessModel(),
                tenant.status(),
                tenant.version(),
                tenant.updatedAt());
    }
}
