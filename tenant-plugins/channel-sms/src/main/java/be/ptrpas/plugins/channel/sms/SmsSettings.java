package be.ptrpas.plugins.channel.sms;

import static be.ptrpas.plugins.channel.sms.SmsChannelFactory.*;
import static be.ptrpas.plugins.support.ConfigValues.required;
import static be.ptrpas.plugins.support.ConfigValues.value;

import be.ptrpas.plugins.support.ConfigValues;
import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.ConfigIssue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One municipality's SMS gateway settings. */
record SmsSettings(URI baseUrl, String apiKey, String sender, String webhookSecret, String defaultRegion) {

    static SmsSettings from(Map<String, String> config) {
        List<ConfigIssue> issues = extraIssues(config);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException(issues.get(0).message());
        }
        return new SmsSettings(
                URI.create(required(config, BASE_URL)),
                required(config, API_KEY),
                required(config, SENDER),
                required(config, WEBHOOK_SECRET),
                value(config, DEFAULT_REGION).orElse("BE"));
    }

    /** Checks beyond the generic type checks. */
    static List<ConfigIssue> extraIssues(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>();
        value(config, SENDER)
                .filter(sender -> !sender.matches("[A-Za-z0-9]{1,11}"))
                .ifPresent(sender -> issues.add(
                        new ConfigIssue(SENDER, "Sender name must be 1 to 11 letters or digits, without spaces")));
        value(config, DEFAULT_REGION)
                .filter(region -> !PhoneNumbers.isSupportedRegion(region))
                .ifPresent(region -> issues.add(new ConfigIssue(
                        DEFAULT_REGION, "Default country must be a two-letter country code such as BE")));
        value(config, BASE_URL)
                .filter(ConfigValues::isCleartextToRemoteHost)
                .ifPresent(url -> issues.add(
                        new ConfigIssue(BASE_URL, "Gateway URL must use https: the API key travels with every call")));
        return issues;
    }
}
