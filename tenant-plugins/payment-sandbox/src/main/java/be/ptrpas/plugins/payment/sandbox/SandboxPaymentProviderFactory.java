package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentProviderFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo-default payment provider: works without network or vendor account. */
public final class SandboxPaymentProviderFactory implements PaymentProviderFactory {

    static final String SIGNING_SECRET = "signingSecret";
    static final String CHECKOUT_TITLE = "checkoutTitle";
    static final String EXPIRY_MINUTES = "expiryMinutes";

    static final int DEFAULT_EXPIRY_MINUTES = 60;
    /** A week: long enough for any demo, short enough that forgotten payments end. */
    static final int MAX_EXPIRY_MINUTES = 7 * 24 * 60;

    static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(3);

    private final Duration webhookTimeout;

    public SandboxPaymentProviderFactory() {
        this(WEBHOOK_TIMEOUT);
    }

    /** For tests that must not wait three seconds for an unreachable webhook receiver. */
    SandboxPaymentProviderFactory(Duration webhookTimeout) {
        this.webhookTimeout = webhookTimeout;
    }

    @Override
    public String id() {
        return "payment-sandbox";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "Sandbox (demo, geen echte betalingen)";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                new ConfigProperty(
                        SIGNING_SECRET,
                        "Geheime sleutel voor webhooks",
                        ConfigProperty.Type.STRING,
                        true,
                        true,
                        List.of(),
                        "HMAC-SHA256 key the sandbox signs its webhooks with; any long random text"),
                new ConfigProperty(
                        CHECKOUT_TITLE,
                        "Titel van de betaalpagina",
                        ConfigProperty.Type.STRING,
                        false,
                        false,
                        List.of(),
                        "Shown at the top of the checkout page; default \"" + CheckoutPage.DEFAULT_TITLE + "\""),
                new ConfigProperty(
                        EXPIRY_MINUTES,
                        "Vervaltijd (minuten)",
                        ConfigProperty.Type.INTEGER,
                        false,
                        false,
                        List.of(),
                        "How long a payment stays open; default " + DEFAULT_EXPIRY_MINUTES));
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String expiry = config.get(EXPIRY_MINUTES);
        if (expiry != null
                && !expiry.isBlank()
                && issues.stream().noneMatch(i -> EXPIRY_MINUTES.equals(i.property()))) {
            long minutes = Long.parseLong(expiry);
            if (minutes < 1 || minutes > MAX_EXPIRY_MINUTES) {
                issues.add(new ConfigIssue(
                        EXPIRY_MINUTES, "Vervaltijd must be between 1 and " + MAX_EXPIRY_MINUTES + " minutes"));
            }
        }
        String secret = config.get(SIGNING_SECRET);
        if (secret != null && !secret.isBlank() && secret.length() < 16) {
            issues.add(new ConfigIssue(SIGNING_SECRET, "the signing secret must be at least 16 characters"));
        }
        return issues;
    }

    @Override
    public PaymentProvider create(PluginContext context) {
        String secret = context.setting(SIGNING_SECRET)
                .orElseThrow(() -> new IllegalArgumentException("the sandbox needs " + SIGNING_SECRET));
        long minutes;
        try {
            minutes = Long.parseLong(context.setting(EXPIRY_MINUTES, Integer.toString(DEFAULT_EXPIRY_MINUTES)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(EXPIRY_MINUTES + " must be a whole number", e);
        }
        if (minutes < 1 || minutes > MAX_EXPIRY_MINUTES) {
            throw new IllegalArgumentException(EXPIRY_MINUTES + " must be between 1 and " + MAX_EXPIRY_MINUTES);
        }
        return new SandboxPaymentProvider(
                context,
                new WebhookSignature(secret),
                context.setting(CHECKOUT_TITLE).orElse(null),
                Duration.ofMinutes(minutes),
                webhookTimeout);
    }
}
