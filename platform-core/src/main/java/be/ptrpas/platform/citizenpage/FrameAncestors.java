package be.ptrpas.platform.citizenpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may show the citizen's page in a frame: the CSP {@code frame-ancestors} sources, from configuration
 * ({@code ptr.pass.frame-ancestors}, e.g. {@code https://www.burgerprofiel.be https://*.vlaanderen.be}). The default is
 * {@code 'none'}. A value is checked source by source, so no configuration typo can add another directive to the
 * policy (a ';') or allow any origin by accident ('*', http:): an invalid value stops at {@code 'none'} and is logged
 * by the page.
 */
record FrameAncestors(List<String> sources) {

    static final FrameAncestors NONE = new FrameAncestors(List.of("'none'"));

    /** An https origin, optionally with a leading wildcard label and a port; no path. */
    private static final Pattern ORIGIN = Pattern.compile(
            "https://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\\d{1,5})?/?");

    /** Reads a space- or comma-separated list; throws {@link IllegalArgumentException} naming the first bad source. */
    static FrameAncestors parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        List<String> sources = new ArrayList<>();
        for (String source : configured.trim().split("[\\s,]+")) {
            String lower = source.toLowerCase(Locale.ROOT);
            if (lower.equals("'none'") || lower.equals("'self'")) {
                sources.add(lower);
            } else if (ORIGIN.matcher(lower).matches()) {
                sources.add(lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower);
            } else {
                throw new IllegalArgumentException("'" + source + "' is not an https origin, 'self' or 'none'");
            }
        }
        if (sources.contains("'none'") && sources.size() > 1) {
            throw new IllegalArgumentException("'none' cannot be combined with other sources");
        }
        return new FrameAncestors(List.copyOf(sources));
    }

    /** Whether any page may frame it: then no {@code X-Frame-Options: DENY}, which would override the policy. */
    boolean allowsFraming() {
        return !sources.equals(NONE.sources);
    }

    String directive() {
        return "frame-ancestors " + String.join(" ", sources);
    }
}
