package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.belgian.CompanyNumber;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a municipality reaches MAGDA. Production MAGDA requires mutual TLS and signed SOAP messages; those are
 * configured at the municipality's MAGDA gateway (or integrator), which this connector calls with an API key.
 */
record MagdaSettings(
        URI endpoint, String requesterKbo, String requesterId, String capacity, String apiKey, Duration timeout) {

    static final String VERSION = "1.0.0";
    static final String ENDPOINT = "endpoint";
    static final String REQUESTER_KBO = "requesterKbo";
    static final String REQUESTER_ID = "requesterId";
    static final String CAPACITY = "capacity";
    static final String API_KEY = "apiKey";
    static final String TIMEOUT_SECONDS = "timeoutSeconds";
    static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    ENDPOINT,
                    "MAGDA gateway URL",
                    ConfigProperty.Type.URL,
                    true,
                    false,
                    List.of(),
                    "Base URL of the gateway; each service is called at <url>/<Service>-<version>"),
            new ConfigProperty(
                    REQUESTER_KBO,
                    "Company number of the requesting organisation",
                    ConfigProperty.Type.STRING,
                    true,
                    false,
                    List.of(),
                    "Sent as the sender's identification (kbo-<number>), e.g. the municipality's own number"),
            new ConfigProperty(
                    REQUESTER_ID,
                    "User or application id",
                    ConfigProperty.Type.STRING,
                    false,
                    false,
                    List.of(),
                    "Sent as Gebruiker, for MAGDA's access log"),
            new ConfigProperty(
                    CAPACITY,
                    "Capacity code (hoedanigheid)",
                    ConfigProperty.Type.STRING,
                    false,
                    false,
                    List.of(),
                    "The capacity the municipality asks in, as agreed in its MAGDA authorisation"),
            new ConfigProperty(
                    API_KEY,
                    "Gateway API key",
                    ConfigProperty.Type.STRING,
                    true,
                    true,
                    List.of(),
                    "Sent as the X-API-Key header"),
            new ConfigProperty(
                    TIMEOUT_SECONDS,
                    "Time-out (seconds)",
                    ConfigProperty.Type.INTEGER,
                    false,
                    false,
                    List.of(),
                    "Per call; default " + DEFAULT_TIMEOUT_SECONDS));

    static MagdaSettings from(PluginContext context) {
        List<ConfigIssue> issues = validate(context.config());
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("MAGDA settings cannot be used: " + issues);
        }
        return new MagdaSettings(
                URI.create(context.setting(ENDPOINT).orElseThrow()),
                CompanyNumber.require(context.setting(REQUESTER_KBO).orElseThrow())
                        .value(),
                context.setting(REQUESTER_ID).orElse(null),
                context.setting(CAPACITY).orElse(null),
                context.setting(API_KEY).orElseThrow(),
                Duration.ofSeconds(
                        Integer.parseInt(context.setting(TIMEOUT_SECONDS, Integer.toString(DEFAULT_TIMEOUT_SECONDS)))));
    }

    /** Descriptor checks plus: HTTPS (plain HTTP only to this machine), a valid company number, a sane time-out. */
    static List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        String endpoint = config.get(ENDPOINT);
        if (endpoint != null && issues.stream().noneMatch(issue -> ENDPOINT.equals(issue.property()))) {
            URI uri = URI.create(endpoint);
            if (!"https".equals(uri.getScheme()) && !LOOPBACK.contains(uri.getHost())) {
                issues.add(new ConfigIssue(ENDPOINT, "MAGDA gateway URL must use https"));
            }
        }
        String kbo = config.get(REQUESTER_KBO);
        if (kbo != null && !kbo.isBlank() && CompanyNumber.parse(kbo).isEmpty()) {
            issues.add(new ConfigIssue(REQUESTER_KBO, "must be a valid company number, e.g. 0207.183.486"));
        }
        String timeout = config.get(TIMEOUT_SECONDS);
        if (timeout != null && timeout.matches("-?\\d{1,18}")) {
            long seconds = Long.parseLong(timeout);
            if (seconds < 1 || seconds > 120) {
                issues.add(new ConfigIssue(TIMEOUT_SECONDS, "Time-out must be between 1 and 120 seconds"));
            }
        }
        return issues;
    }

    @Override
    public String toString() {
        // The API key is a secret: never let it reach a log line through toString().
        return "MagdaSettings[endpoint=" + endpoint + ", requesterKbo=" + requesterKbo + "]";
    }
}
