package be.ptrpas.plugins.channel.whatsapp;

import static be.ptrpas.plugins.channel.whatsapp.WhatsAppChannelFactory.*;
import static be.ptrpas.plugins.support.ConfigValues.required;
import static be.ptrpas.plugins.support.ConfigValues.value;

import be.ptrpas.plugins.support.ConfigValues;
import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.ConfigIssue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One municipality's WhatsApp Business settings. */
record WhatsAppSettings(
        URI graphBaseUrl,
        String apiVersion,
        String phoneNumberId,
        String accessToken,
        String appSecret,
        String verifyToken,
        TemplateMapping templates,
        String defaultRegion) {

    static final String DEFAULT_GRAPH_URL = "https://graph.facebook.com";
    static final String DEFAULT_API_VERSION = "v21.0";

    static WhatsAppSettings from(Map<String, String> config) {
        List<ConfigIssue> issues = extraIssues(config);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException(issues.get(0).message());
        }
        try {
            return new WhatsAppSettings(
                    URI.create(value(config, GRAPH_BASE_URL).orElse(DEFAULT_GRAPH_URL)),
                    value(config, API_VERSION).orElse(DEFAULT_API_VERSION),
                    required(config, PHONE_NUMBER_ID),
                    required(config, ACCESS_TOKEN),
                    required(config, APP_SECRET),
                    required(config, VERIFY_TOKEN),
                    TemplateMapping.parse(value(config, TEMPLATES).orElse(TemplateMapping.DEFAULT)),
                    value(config, DEFAULT_REGION).orElse("BE"));
        } catch (TemplateMapping.InvalidMappingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Checks beyond the generic type checks. */
    static List<ConfigIssue> extraIssues(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>();
        value(config, API_VERSION)
                .filter(version -> !version.matches("v\\d{1,3}\\.\\d{1,3}"))
                .ifPresent(
                        version -> issues.add(new ConfigIssue(API_VERSION, "Graph API version must look like v21.0")));
        value(config, PHONE_NUMBER_ID)
                .filter(id -> !id.matches("\\d{1,30}"))
                .ifPresent(id -> issues.add(new ConfigIssue(
                        PHONE_NUMBER_ID,
                        "Phone number ID is the number Meta shows for the "
                                + "business phone number (digits only), not the phone number itself")));
        value(config, TEMPLATES).ifPresent(mapping -> {
            try {
                TemplateMapping.parse(mapping);
            } catch (TemplateMapping.InvalidMappingException e) {
                issues.add(new ConfigIssue(TEMPLATES, "Template mapping: " + e.getMessage()));
            }
        });
        value(config, DEFAULT_REGION)
                .filter(region -> !PhoneNumbers.isSupportedRegion(region))
                .ifPresent(region -> issues.add(new ConfigIssue(
                        DEFAULT_REGION, "Default country must be a two-letter country code such as BE")));
        value(config, GRAPH_BASE_URL)
                .filter(ConfigValues::isCleartextToRemoteHost)
                .ifPresent(url -> issues.add(new ConfigIssue(
                        GRAPH_BASE_URL,
                        "Graph API URL must use https: the access token travels " + "with every call")));
        return issues;
    }
}
