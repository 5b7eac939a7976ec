package be.ptrpas.platform.tenant;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the operator says about a municipality when onboarding or updating it (request and response body). */
public record TenantDetails(
        @Schema(required = true) String nisCode,
        @Schema(required = true) LocalizedText names,
        @Schema(required = true) List<String> languages,
        Branding branding,
        String contactEmail,
        @Schema(required = true) BusinessModel businessModel) {

    static final Pattern NIS = Pattern.compile("[1-9]\\d{4}");
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s]{3,490}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public record Branding(String primaryColor, String logoUrl, String websiteUrl) {}

    public void validate(Violations violations) {
        if (violations.required("nisCode", nisCode)) {
            violations.matches(
                    "nisCode", nisCode, NIS, "must be a 5-digit NIS code whose first digit names the province (1-9)");
        }
        LocalizedText.validate(violations, "names", names, 200);
        if (violations.required("languages", languages)
                && violations.maxSize("languages", languages, LANGUAGES.size())) {
            if (languages.isEmpty()) {
                violations.add("languages", "needs at least one language");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < languages.size(); i++) {
                String language = languages.get(i);
                if (language == null || !LANGUAGES.contains(language)) {
                    violations.add("languages[" + i + "]", "must be one of nl, fr, en, de");
                } else if (!seen.add(language)) {
                    violations.add("languages[" + i + "]", "is listed twice");
                }
            }
        }
        if (branding != null) {
            violations.matches(
                    "branding.primaryColor", branding.primaryColor(), COLOUR, "must be a colour like #0055A4");
            violations.matches("branding.logoUrl", branding.logoUrl(), HTTPS_URL, "must be an https URL");
            violations.matches("branding.websiteUrl", branding.websiteUrl(), HTTPS_URL, "must be an https URL");
        }
        violations.matches("contactEmail", contactEmail, EMAIL, "must be an e-mail address");
        violations.maxLength("contactEmail", contactEmail, 254);
        BusinessModel.validate(violations, "businessModel", businessModel);
    }
}
