package be.ptrpas.plugins.channel.whatsapp;

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

/**
 * WhatsApp through Meta's WhatsApp Business Cloud API: approved template messages out ({@link GraphApiClient}),
 * replies and status updates in ({@link WhatsAppWebhook}), and the webhook subscription check
 * ({@link SubscriptionCheck}).
 */
public final class WhatsAppChannelFactory implements MessageChannelFactory {

    public static final String ID = "channel-whatsapp";

    static final String GRAPH_BASE_URL = "graphBaseUrl";
    static final String API_VERSION = "apiVersion";
    static final String PHONE_NUMBER_ID = "phoneNumberId";
    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "verifyToken";
    static final String TEMPLATES = "templates";
    static final String DEFAULT_REGION = "defaultRegion";

    private static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    GRAPH_BASE_URL,
                    "Graph API URL",
                    Type.URL,
                    false,
                    false,
                    List.of(),
                    "default " + WhatsAppSettings.DEFAULT_GRAPH_URL),
            new ConfigProperty(
                    API_VERSION,
                    "Graph API version",
                    Type.STRING,
                    false,
                    false,
                    List.of(),
                    "default " + WhatsAppSettings.DEFAULT_API_VERSION),
            new ConfigProperty(
                    PHONE_NUMBER_ID,
                    "Phone number ID",
                    Type.STRING,
                    true,
                    false,
                    List.of(),
                    "the ID of the business phone number in WhatsApp Manager (digits)"),
            new ConfigProperty(
                    ACCESS_TOKEN,
                    "Access token",
                    Type.STRING,
                    true,
                    true,
                    List.of(),
                    "a permanent system-user token with whatsapp_business_messaging"),
            new ConfigProperty(
                    APP_SECRET,
                    "App secret",
                    Type.STRING,
                    true,
                    true,
                    List.of(),
                    "the Meta app's secret; checks the X-Hub-Signature-256 of webhooks"),
            new ConfigProperty(
                    VERIFY_TOKEN,
                    "Webhook verify token",
                    Type.STRING,
                    true,
                    true,
                    List.of(),
                    "any long random text; enter the same in the Meta app's webhook settings"),
            new ConfigProperty(
                    TEMPLATES,
                    "Template mapping",
                    Type.STRING,
                    false,
                    false,
                    List.of(),
                    "id=approved_template:param,param;... default: " + TemplateMapping.DEFAULT),
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
        return "WhatsApp Business (Cloud API)";
    }

    @Override
    public ChannelType channelType() {
        return ChannelType.WHATSAPP;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        issues.addAll(WhatsAppSettings.extraIssues(config));
        return issues;
    }

    @Override
    public MessageChannel create(PluginContext context) {
        WhatsAppSettings settings = WhatsAppSettings.from(context.config());
        PhoneNumbers phoneNumbers = new PhoneNumbers(settings.defaultRegion(), "WhatsApp");
        return new WhatsAppChannel(
                phoneNumbers,
                new TemplateMessages(settings.templates()),
                new GraphApiClient(settings),
                new WhatsAppWebhook(new HmacSha256(settings.appSecret()), settings.phoneNumberId(), phoneNumbers),
                new SubscriptionCheck(settings.verifyToken()));
    }
}
