package be.ptrpas.platform.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A plug-in choice as the API shows it: plain settings, and only the names of the secrets that are set.
 * {@code providerInstalled} is false while the chosen plug-in is not deployed on this platform.
 */
public record PluginSettingView(
        String slot,
        String providerId,
        boolean providerInstalled,
        String providerName,
        String providerVersion,
        boolean enabled,
        Map<String, String> config,
        List<String> secretsSet,
        long version,
        Instant updatedAt) {}
