package be.ptrpas.platform.plugin;

import java.util.Map;

/**
 * A plug-in choice as an admin sends it. {@code secrets} is write-only: a value replaces the stored secret, a
 * {@code null} value removes it, and a secret not mentioned stays as it was (so a form need not resend an API key).
 */
public record PluginSettingDetails(String providerId, Boolean enabled, Map<String, String> config,
                                   Map<String, String> secrets) {
}
