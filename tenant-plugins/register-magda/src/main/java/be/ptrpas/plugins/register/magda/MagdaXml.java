package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.Address;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** The pieces of MAGDA answers that several services share: addresses, names, dates. */
final class MagdaXml {

    private MagdaXml() {}

    /** An address element: Straat/Naam, Huisnummer, Busnummer, Gemeente/{PostCode, Naam, NISCode}, Land/ISOCode. */
    static Address address(Element address) {
        String country = SafeXml.text(address, "Land", "ISOCode");
        return new Address(
                SafeXml.text(address, "Straat", "Naam"),
                SafeXml.text(address, "Huisnummer"),
                SafeXml.text(address, "Busnummer"),
                SafeXml.text(address, "Gemeente", "PostCode"),
                SafeXml.text(address, "Gemeente", "Naam"),
                SafeXml.text(address, "Gemeente", "NISCode"),
                country == null ? "BE" : country);
    }

    /** Naam/Voornamen/Voornaam*, joined with spaces. */
    static String givenNames(Element naam) {
        return SafeXml.at(naam, "Voornamen")
                .map(list -> SafeXml.children(list, "Voornaam").stream()
                        .map(Element::getTextContent)
                        .map(String::trim)
                        .collect(Collectors.joining(" ")))
                .orElse(null);
    }

    /** An ISO date, or null when absent or partly unknown (MAGDA writes unknown parts as 00). */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unknownParts) {
            return null;
        }
    }
}
