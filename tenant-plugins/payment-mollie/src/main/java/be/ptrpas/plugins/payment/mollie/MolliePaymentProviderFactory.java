package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentProviderFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Mollie (API v2) for municipalities that have their own Mollie account. */
public final class MolliePaymentProviderFactory implements PaymentProviderFactory {

    static final String VERSION = "1.0.0";
    static final String API_KEY = "apiKey";
    static final String API_BASE_URL = "apiBaseUrl";
    static final String LOCALE = "locale";
    static final String DEFAULT_API_BASE_URL = "https://api.mollie.com/v2";
    static final List<String> LOCALES = List.of("nl_BE", "fr_BE", "en_US");

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private static final Pattern API_KEY_SHAPE = Pattern.compile("(test|live)_[A-Za-z0-9]{10,64}");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Duration requestTimeout;

    public MolliePaymentProviderFactory() {
        this(REQUEST_TIMEOUT);
    }

    /** For tests that check time-outs without waiting fifteen seconds. */
    MolliePaymentProviderFactory(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    @Override
    public String id() {
        return "payment-mollie";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String displayName() {
        return "Mollie";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                new ConfigProperty(
                        API_KEY,
                        "Mollie API-sleutel",
                        ConfigProperty.Type.STRING,
                        true,
                        true,
                        List.of(),
                        "The profile's API key from the Mollie dashboard: test_... or live_..."),
                new ConfigProperty(
                        API_BASE_URL,
                        "Mollie API-adres",
                        ConfigProperty.Type.URL,
                        false,
                        false,
                        List.of(),
                        "Leave empty for " + DEFAULT_API_BASE_URL),
                new ConfigProperty(
                        LOCALE,
                        "Taal van de betaalpagina",
                        ConfigProperty.Type.CHOICE,
                        false,
                        false,
                        LOCALES,
                        "Language of Mollie's checkout; empty lets Mollie follow the browser"));
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String apiKey = config.get(API_KEY);
        if (apiKey != null
                && !apiKey.isBlank()
                && !API_KEY_SHAPE.matcher(apiKey).matches()) {
            issues.add(new ConfigIssue(API_KEY, "the Mollie API key must start with test_ or live_"));
        }
        String baseUrl = config.get(API_BASE_URL);
        if (baseUrl != null
                && !baseUrl.isBlank()
                && issues.stream().noneMatch(i -> API_BASE_URL.equals(i.property()))
                && !isSafeBaseUrl(URI.create(baseUrl))) {
            issues.add(
                    new ConfigIssue(API_BASE_URL, "the Mollie API address must use https (http only on this machine)"));
        }
        return issues;
    }

    @Override
    public PaymentProvider create(PluginContext context) {
        String apiKey = context.setting(API_KEY)
                .filter(key -> API_KEY_SHAPE.matcher(key).matches())
                .orElseThrow(() -> new IllegalArgumentException("Mollie needs an apiKey starting with test_ or live_"));
        URI baseUrl = URI.create(context.setting(API_BASE_URL, DEFAULT_API_BASE_URL));
        if (!isSafeBaseUrl(baseUrl)) {
            throw new IllegalArgumentException("the Mollie API address must use https");
        }
        String locale = context.setting(LOCALE).orElse(null);
        if (locale != null && !LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale must be one of " + LOCALES);
        }
        return new MolliePaymentProvider(
                new MollieApi(baseUrl, apiKey, CONNECT_TIMEOUT, requestTimeout),
                context.tenantNis(),
                locale,
                context.clock());
    }

    /** The API key travels in every request: never over plain http, except to a test double on this machine. */
    private static boolean isSafeBaseUrl(URI uri) {
        return "https".equals(uri.getScheme())
                || ("http".equals(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost()));
    }
}
