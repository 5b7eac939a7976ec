package be.ptrpas.platform.it.plugin;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.PluginKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A payment plug-in as a vendor would ship it, deployed with the platform in the integration tests. */
public class ItPaymentFactory implements PluginFactory {

    public static final String ID = "payment-it-fake";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.2.3";
    }

    @Override
    public PluginKind kind() {
        return PluginKind.PAYMENT_PROVIDER;
    }

    @Override
    public String displayName() {
        return "IT fake payments";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required("profileId", "Profile id", ConfigProperty.Type.STRING),
                ConfigProperty.optional("webhookBase", "Webhook base URL", ConfigProperty.Type.URL),
                ConfigProperty.secret("apiKey", "API key"));
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String key = config.get("apiKey");
        if (key != null && !key.startsWith("test_") && !key.startsWith("live_")) {
            issues.add(new ConfigIssue("apiKey", "API key must start with test_ or live_"));
        }
        return issues;
    }
}
