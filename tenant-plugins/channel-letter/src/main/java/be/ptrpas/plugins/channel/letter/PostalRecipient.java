package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks that a letter can reach a recipient, and writes the address block the envelope window shows. */
final class PostalRecipient {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private PostalRecipient() {}

    /** @throws InvalidRecipientException naming the first missing or wrong part, in a clerk's words */
    static void check(Recipient recipient) {
        if (recipient == null) {
            throw new InvalidRecipientException("a letter needs a recipient");
        }
        require(recipient.name(), "a letter needs the recipient's name");
        PostalAddress address = recipient.address();
        if (address == null) {
            throw new InvalidRecipientException("a letter needs a postal address");
        }
        require(address.street(), "the address has no street");
        require(address.houseNumber(), "the address has no house number");
        require(address.postalCode(), "the address has no postal code");
        require(address.municipality(), "the address has no municipality");
        if (!address.countryCode().matches("[A-Za-z]{2}")) {
            throw new InvalidRecipientException("country '" + address.countryCode() + "' is not an ISO country code");
        }
        if (isBelgian(address) && !address.postalCode().strip().matches("[1-9]\\d{3}")) {
            throw new InvalidRecipientException(
                    "postal code '" + address.postalCode().strip() + "' is not a Belgian postal code of four digits");
        }
    }

    /** Name; street, number and box; postal code and municipality; the country when abroad (bpost's order). */
    static List<String> addressBlock(Recipient recipient) {
        PostalAddress address = recipient.address();
        List<String> lines = new ArrayList<>();
        lines.add(recipient.name().strip());
        String box = address.box() == null || address.box().isBlank()
                ? ""
                : " bus " + address.box().strip();
        lines.add(address.street().strip() + " " + address.houseNumber().strip() + box);
        lines.add(address.postalCode().strip() + " " + address.municipality().strip());
        if (!isBelgian(address)) {
            lines.add(new Locale("", address.countryCode().toUpperCase(Locale.ROOT))
                    .getDisplayCountry(DUTCH)
                    .toUpperCase(DUTCH));
        }
        return lines;
    }

    private static boolean isBelgian(PostalAddress address) {
        return "BE".equalsIgnoreCase(address.countryCode());
    }

    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecipientException(problem);
        }
    }
}
