package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/**
 * A citizen's mobile number for SMS and WhatsApp, read as people type it ("0470 12 34 56", "+32 470/12.34.56", a
 * foreign number with its country code) with Belgium as the default country, and kept in E.164. Landlines and
 * numbers libphonenumber does not know as valid are refused: a text message to them is lost.
 */
public final class MobileNumber {

    static final String DEFAULT_REGION = "BE";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT = 40;

    private MobileNumber() {}

    /** E.164 ({@code +32470123456}), or a problem {@code invalid-phone-number} naming the field. */
    public static String e164(String field, String raw) {
        String why = problemWith(raw);
        if (why != null) {
            throw new ProblemException(ProblemType.INVALID_PHONE_NUMBER, why, List.of(new FieldError(field, why)));
        }
        return UTIL.format(parse(raw), PhoneNumberFormat.E164);
    }

    /** Why the number cannot take text messages, or null when it can. */
    static String problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return "a mobile number is required";
        }
        String typed = raw.strip();
        if (typed.length() > MAX_INPUT) {
            return "is longer than " + MAX_INPUT + " characters";
        }
        PhoneNumber number;
        try {
            number = parse(typed);
        } catch (IllegalArgumentException e) {
            return "'" + typed + "' " + e.getMessage();
        }
        if (!UTIL.isValidNumber(number)) {
            return "'" + typed + "' is not a valid phone number";
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        // Some countries (e.g. the US) cannot tell mobile from fixed line by the number: those get the benefit.
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return "'" + typed + "' is " + (type == PhoneNumberType.FIXED_LINE ? "a landline" : "not a mobile number")
                    + "; SMS and WhatsApp need a mobile number";
        }
        return null;
    }

    private static PhoneNumber parse(String typed) {
        try {
            return UTIL.parse(typed, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(
                    switch (e.getErrorType()) {
                        case INVALID_COUNTRY_CODE -> "has an unknown country code";
                        case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
                        case TOO_LONG -> "is too long";
                        default -> "is not a phone number";
                    });
        }
    }
}
