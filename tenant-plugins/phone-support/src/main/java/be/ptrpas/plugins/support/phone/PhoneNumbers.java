package be.ptrpas.plugins.support.phone;

import be.ptrpas.spi.messaging.InvalidRecipientException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;

/**
 * Reads phone numbers the way a clerk types them ("0470 12 34 56", "+32 470/12.34.56") and turns them into E.164,
 * refusing anything that cannot receive a text message: invalid numbers and landlines. Messages name the number
 * as typed (cut at 64 characters) and never include anything else, so they can be shown to the clerk.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT = 64;

    private final String defaultRegion;
    private final String needsMobile;

    /**
     * @param defaultRegion the country of numbers typed without country code, e.g. {@code BE}
     * @param needsMobile   what needs a mobile number, for the landline message, e.g. "a text message"
     */
    public PhoneNumbers(String defaultRegion, String needsMobile) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        this.needsMobile = needsMobile;
    }

    /** Whether libphonenumber knows this two-letter region code (either case). */
    public static boolean isSupportedRegion(String region) {
        return UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    /** The number in E.164 ({@code +32470123456}) when it is a valid mobile number. */
    public String mobileE164(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRecipientException("there is no phone number for this recipient");
        }
        String shown = raw.strip().length() > MAX_INPUT ? raw.strip().substring(0, MAX_INPUT) + "..." : raw.strip();
        PhoneNumber number = parse(raw, shown);
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidRecipientException("phone number " + shown + " " + whyInvalid(number));
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        // Some countries (e.g. the US) cannot tell mobile from fixed line by the number; give those the benefit.
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new InvalidRecipientException("phone number " + shown
                    + (type == PhoneNumberType.FIXED_LINE ? " is a landline" : " is not a mobile number")
                    + "; " + needsMobile + " needs a mobile number");
        }
        return UTIL.format(number, PhoneNumberFormat.E164);
    }

    /**
     * Best-effort E.164 of a number a vendor reports (a reply's sender): vendors usually send international digits
     * without '+' ("32470123456"), sometimes a national number; the input unchanged when neither reads.
     */
    public String normalise(String raw) {
        List<String> candidates = raw.matches("\\d{8,15}") ? List.of("+" + raw, raw) : List.of(raw);
        for (String candidate : candidates) {
            try {
                PhoneNumber number = UTIL.parse(candidate, defaultRegion);
                if (UTIL.isValidNumber(number)) {
                    return UTIL.format(number, PhoneNumberFormat.E164);
                }
            } catch (NumberParseException e) {
                // try the next reading
            }
        }
        return raw;
    }

    private PhoneNumber parse(String raw, String shown) {
        if (raw.length() > MAX_INPUT) {
            throw new InvalidRecipientException("phone number " + shown + " is too long");
        }
        try {
            return UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidRecipientException("phone number " + shown + " "
                    + switch (e.getErrorType()) {
                        case INVALID_COUNTRY_CODE -> "has an unknown country code";
                        case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
                        case TOO_LONG -> "is too long";
                        default -> "is not a phone number";
                    });
        }
    }

    private static String whyInvalid(PhoneNumber number) {
        return switch (UTIL.isPossibleNumberWithReason(number)) {
            case TOO_SHORT -> "is too short";
            case TOO_LONG -> "is too long";
            case INVALID_COUNTRY_CODE -> "has an unknown country code";
            default -> "is not a valid number";
        };
    }
}
