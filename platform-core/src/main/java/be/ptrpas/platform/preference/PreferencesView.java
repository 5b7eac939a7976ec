package be.ptrpas.platform.preference;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * My notification preferences.
 *
 * @param language     nl, fr or en: the language the platform writes to me in
 * @param email        my confirmed e-mail address, or null
 * @param phone        my confirmed mobile number (E.164), or null
 * @param address      my postal address for letters, or null (letters then go to my domicile in the register)
 * @param pending      new contacts waiting for their confirmation code
 * @param choices      per kind of event, the channels I want
 * @param version      for If-Match
 */
public record PreferencesView(
        String language,
        String email,
        String phone,
        PostalAddressDetails address,
        List<Pending> pending,
        Map<String, List<String>> choices,
        long version) {

    /**
     * A new contact waiting for its code.
     *
     * @param contact   email or phone
     * @param value     the new address or number
     * @param expiresAt when the code stops working
     * @param attemptsLeft wrong codes still allowed
     */
    public record Pending(String contact, String value, Instant expiresAt, int attemptsLeft) {}
}
