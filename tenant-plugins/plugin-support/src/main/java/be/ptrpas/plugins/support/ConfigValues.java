package be.ptrpas.plugins.support;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Reading a tenant's plug-in settings map: trimmed values, required values, and the https rule for API URLs. */
public final class ConfigValues {

    private ConfigValues() {}

    /** The setting without surrounding blanks; empty when absent or blank. */
    public static Optional<String> value(Map<String, String> config, String name) {
        return Optional.ofNullable(config.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The setting without surrounding blanks; {@link IllegalArgumentException} when absent or blank. */
    public static String required(Map<String, String> config, String name) {
        return value(config, name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    /**
     * Whether a URL would send credentials in clear text: plain http to anything but this machine (127.0.0.1 or
     * localhost, where only a test double listens). False for a URL that does not parse; the generic URL check
     * reports that.
     */
    public static boolean isCleartextToRemoteHost(String url) {
        try {
            URI uri = new URI(url);
            return "http".equalsIgnoreCase(uri.getScheme())
                    && !("127.0.0.1".equals(uri.getHost()) || "localhost".equalsIgnoreCase(uri.getHost()));
        } catch (Exception e) {
            return false;
        }
    }
}
