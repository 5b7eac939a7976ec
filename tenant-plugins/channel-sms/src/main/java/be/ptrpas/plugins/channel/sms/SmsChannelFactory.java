package be.ptrpas.plugins.channel.sms;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.ConfigProperty.Type;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.messaging.ChannelType;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SMS through an HTTP SMS gateway; see {@link SmsGatewayClient} for the wire format and {@link SmsWebhook}. */
public final class SmsChannelFactory implements MessageChannelFactory {

    public static final String ID = "channel-sms";

    static final String BASE_URL = "baseUrl";
    static final String API_KEY = "apiKey";
    static final String SENDER = "sender";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String DEFAULT_REGION = "defaultRegion";

    private static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    BASE_URL,
                    "Gateway URL",
                    Type.URL,
                    true,
                    false,
                    List.of(),
                    "base URL of the gateway's API, e.g. https://sms.vendor.example/v1"),
            new ConfigProperty(API_KEY, "API key", Type.STRING, true, true, List.of(), "sent as a Bearer token"),
            new ConfigProperty(
                    SENDER,
                    "Sender name",
                    Type.STRING,
                    true,
                    false,
                    List.of(),
                    "up to 11 letters or digits, e.g. GENTPARKING; the gateway must have it registered"),
            new ConfigProperty(
                    WEBHOOK_SECRET,
                    "Webhook secret",
                    Type.STRING,
                    true,
                    true,
                    List.of(),
                    "shared with the gateway to sign replies and delivery reports (X-Signature)"),
            new ConfigProperty(
                    DEFAULT_REGION,
                    "Default country",
                    Type.STRING,
                    false,
                    false,
                    List.of(),
                    "two-letter country of numbers written without +, default BE"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "SMS (HTTP gateway)";
    }

    @Override
    public ChannelType channelType() {
        return ChannelType.SMS;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        issues.addAll(SmsSettings.extraIssues(config));
        return issues;
    }

    @Override
    public MessageChannel create(PluginContext context) {
        SmsSettings settings = SmsSettings.from(context.config());
        PhoneNumbers phoneNumbers = new PhoneNumbers(settings.defaultRegion(), "a text message");
        SmsGatewayClient gateway = new SmsGatewayClient(settings, context.callbackUrl());
        SmsWebhook webhook = new SmsWebhook(new HmacSha256(settings.webhookSecret()), phoneNumbers, context.clock());
        return new SmsChannel(phoneNumbers, new SmsTexts(), gateway, webhook);
    }
}
