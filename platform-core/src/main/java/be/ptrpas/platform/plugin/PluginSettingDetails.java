package be.ptrpas.platform.plugin;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plug-in choice as an admin sends it. {@code secrets} is write-only: a value replaces the stored secret, a
 * {@code null} value removes it, and a secret not mentioned stays as it was (so a form need not resend an API key),
 * except when a URL-typed setting changes: then every stored secret must be sent again, so that a secret is only ever
 * sent to the address it was given for.
 */
public record PluginSettingDetails(
        @Schema(required = true) String providerId,
        Boolean enabled,
        Map<String, String> config,
        Map<String, String> secrets) {}
