package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.EnforcementVendorFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Scan cars and handhelds that upload signed batches in the documented scanfeed format (FORMAT.md). */
public final class ScanfeedFactory implements EnforcementVendorFactory {

    static final String SIGNING_SECRET = "signingSecret";
    static final String MAX_CLOCK_SKEW_SECONDS = "maxClockSkewSeconds";
    static final String ALLOWED_DEVICES = "allowedDevices";

    static final long DEFAULT_MAX_CLOCK_SKEW_SECONDS = 300;
    /** A day: beyond that the freshness check no longer blocks replays of old captures in any useful way. */
    static final long LARGEST_MAX_CLOCK_SKEW_SECONDS = 86_400;

    @Override
    public String id() {
        return "enforcement-scanfeed";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "Scanfeed (JSON/CSV scan-car uploads)";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.secret(SIGNING_SECRET, "Signing secret shared with the devices"),
                new ConfigProperty(
                        MAX_CLOCK_SKEW_SECONDS,
                        "Allowed clock difference (seconds)",
                        ConfigProperty.Type.INTEGER,
                        false,
                        false,
                        List.of(),
                        "Uploads signed longer ago or further ahead are refused; default "
                                + DEFAULT_MAX_CLOCK_SKEW_SECONDS),
                new ConfigProperty(
                        ALLOWED_DEVICES,
                        "Allowed devices",
                        ConfigProperty.Type.STRING,
                        false,
                        false,
                        List.of(),
                        "Comma-separated device ids; empty accepts every device that knows the secret"));
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String skew = config.get(MAX_CLOCK_SKEW_SECONDS);
        if (skew != null && skew.matches("-?\\d{1,18}")) {
            long seconds = Long.parseLong(skew);
            if (seconds < 1 || seconds > LARGEST_MAX_CLOCK_SKEW_SECONDS) {
                issues.add(new ConfigIssue(
                        MAX_CLOCK_SKEW_SECONDS,
                        "Allowed clock difference must be between 1 and " + LARGEST_MAX_CLOCK_SKEW_SECONDS
                                + " seconds"));
            }
        }
        String secret = config.get(SIGNING_SECRET);
        if (secret != null && !secret.isBlank() && secret.length() < 16) {
            issues.add(new ConfigIssue(SIGNING_SECRET, "Signing secret must have at least 16 characters"));
        }
        return issues;
    }

    @Override
    public EnforcementVendor create(PluginContext context) {
        String secret = context.setting(SIGNING_SECRET)
                .orElseThrow(() -> new IllegalArgumentException(SIGNING_SECRET + " is not set"));
        Duration maxSkew = Duration.ofSeconds(
                Long.parseLong(context.setting(MAX_CLOCK_SKEW_SECONDS, String.valueOf(DEFAULT_MAX_CLOCK_SKEW_SECONDS))
                        .strip()));
        if (maxSkew.isNegative() || maxSkew.isZero()) {
            throw new IllegalArgumentException(MAX_CLOCK_SKEW_SECONDS + " must be positive");
        }
        return new ScanfeedVendor(
                new UploadSignature(secret, maxSkew, context.clock()),
                new BatchRules(allowedDevices(context.setting(ALLOWED_DEVICES, "")), maxSkew));
    }

    static Set<String> allowedDevices(String commaList) {
        return Arrays.stream(commaList.split(","))
                .map(String::strip)
                .filter(device -> !device.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
