package be.ptrpas.spi.messaging;

import java.util.Locale;

/**
 * Who a message is for. A channel uses the part it needs (e-mail address, phone number in international format,
 * postal address) and refuses the message with {@link InvalidRecipientException} when that part is missing or
 * wrong.
 *
 * @param name     full name, for the salutation and the letter's address block; may be null
 * @param email    e-mail address, may be null
 * @param phone    phone number, preferably E.164 ({@code +32470123456}); may be null
 * @param address  postal address, may be null
 * @param language preferred language; Dutch when null
 */
public record Recipient(String name, String email, String phone, PostalAddress address, Locale language) {

    public Recipient {
        language = language == null ? Locale.forLanguageTag("nl") : language;
    }

    public static Recipient email(String name, String email) {
        return new Recipient(name, email, null, null, null);
    }

    public static Recipient phone(String name, String phone) {
        return new Recipient(name, null, phone, null, null);
    }

    public static Recipient letter(String name, PostalAddress address) {
        return new Recipient(name, null, null, address, null);
    }
}
