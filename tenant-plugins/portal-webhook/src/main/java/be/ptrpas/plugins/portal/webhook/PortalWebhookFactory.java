package be.ptrpas.plugins.portal.webhook;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.portal.CitizenPortalPublisher;
import be.ptrpas.spi.portal.CitizenPortalPublisherFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A citizen-portal publisher that POSTs each notice, signed, to one URL of the municipality's choice. The smallest
 * complete plug-in: a factory, a provider, and the service registration in
 * {@code META-INF/services/be.ptrpas.spi.PluginFactory}.
 */
public final class PortalWebhookFactory implements CitizenPortalPublisherFactory {

    static final String ENDPOINT = "endpoint";
    static final String SIGNING_SECRET = "signingSecret";

    @Override
    public String id() {
        return "portal-webhook";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "Portal webhook";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required(ENDPOINT, "Webhook URL", ConfigProperty.Type.URL),
                ConfigProperty.secret(SIGNING_SECRET, "Signing secret"));
    }

    /** On top of the standard checks: notices carry national numbers, so they travel over https only. */
    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String endpoint = config.getOrDefault(ENDPOINT, "");
        if (endpoint.startsWith("http://") && !isLoopback(endpoint)) {
            issues.add(new ConfigIssue(ENDPOINT, "Webhook URL must use https: notices carry national numbers"));
        }
        return issues;
    }

    private static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        } catch (IllegalArgumentException e) {
            return false; // the standard URL check reports it
        }
    }

    @Override
    public CitizenPortalPublisher create(PluginContext context) {
        // No network here: the platform may create providers while it handles a request.
        URI endpoint = URI.create(
                context.setting(ENDPOINT).orElseThrow(() -> new IllegalArgumentException(ENDPOINT + " is not set")));
        String secret = context.setting(SIGNING_SECRET)
                .orElseThrow(() -> new IllegalArgumentException(SIGNING_SECRET + " is not set"));
        return new PortalWebhookPublisher(endpoint, new WebhookSigner(secret));
    }
}
