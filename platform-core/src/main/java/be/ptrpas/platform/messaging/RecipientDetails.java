package be.ptrpas.platform.messaging;

import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import java.util.Locale;

/** A recipient as the API takes it; the channel checks the part it needs. */
public record RecipientDetails(String name, String email, String phone, AddressDetails address, String language) {

    public record AddressDetails(
            String street,
            String houseNumber,
            String box,
            String postalCode,
            String municipality,
            String countryCode) {}

    Recipient toRecipient() {
        PostalAddress postal = address == null
                ? null
                : new PostalAddress(
                        address.street(),
                        address.houseNumber(),
                        address.box(),
                        address.postalCode(),
                        address.municipality(),
                        address.countryCode());
        return new Recipient(name, email, phone, postal, language == null ? null : Locale.forLanguageTag(language));
    }
}
