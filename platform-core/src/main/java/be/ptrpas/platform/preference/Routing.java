package be.ptrpas.platform.preference;

import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import java.util.List;

/**
 * How to tell a citizen about one event: the language, and the channels with the confirmed address each needs.
 *
 * @param language the citizen's language
 * @param routes   the channels to use, in the order e-mail, SMS, WhatsApp, letter; empty when the citizen is not to
 *                 be told (opted out, or no confirmed contact, and the notice is not legally required)
 * @param fallback whether the routes are the legal fallback (a letter the citizen did not choose)
 */
public record Routing(Language language, List<Route> routes, boolean fallback) {

    /**
     * One channel and where it goes.
     *
     * @param channel       the channel
     * @param address       the confirmed e-mail address or mobile number (E.164); null for a letter
     * @param postalAddress for a letter: the citizen's own address, else their domicile from the person register;
     *                      null when neither is known (the letter then needs an address found by hand)
     */
    public record Route(Channel channel, String address, PostalAddress postalAddress) {

        /** The recipient as a message channel takes it. */
        public Recipient recipient(Language language) {
            return switch (channel.contact()) {
                case EMAIL -> new Recipient(null, address, null, null, language.locale());
                case PHONE -> new Recipient(null, null, address, null, language.locale());
                case ADDRESS -> new Recipient(null, null, null, postalAddress, language.locale());
            };
        }
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }
}
