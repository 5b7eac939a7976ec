package be.ptrpas.platform.preference;

import java.util.List;
import java.util.Map;

/**
 * A change to my preferences. Fields left out keep their value.
 *
 * @param language nl, fr or en
 * @param email    a new e-mail address: it takes effect once confirmed with the code sent to it; "" removes the
 *                 address at once
 * @param phone    a new mobile number (Belgian, or international with its country code): it takes effect once
 *                 confirmed with the code sent to it by SMS; "" removes the number at once
 * @param address  the postal address for letters
 * @param choices  per kind of event (new-item, status-change, money-change, due-soon, permit-expiring) the channels
 *                 wanted (email, sms, whatsapp, letter); a channel left out is an opt-out, effective at once; kinds
 *                 left out keep their channels
 */
public record PreferencesUpdate(
        String language, String email, String phone, PostalAddressDetails address, Map<String, List<String>> choices) {}
