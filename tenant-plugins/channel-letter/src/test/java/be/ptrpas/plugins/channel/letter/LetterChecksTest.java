package be.ptrpas.plugins.channel.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recipient, reference, IBAN, amount and settings checks. */
class LetterChecksTest {

    @Test
    void everyMissingPartOfTheAddressIsNamed() {
        assertRefused(Recipient.letter(null, address("Kerkstraat", "12", "2000", "Antwerpen")), "recipient's name");
        assertRefused(Recipient.email("Jan", "jan@example.be"), "postal address");
        assertRefused(Recipient.letter("Jan", address(" ", "12", "2000", "Antwerpen")), "no street");
        assertRefused(Recipient.letter("Jan", address("Kerkstraat", null, "2000", "Antwerpen")), "no house number");
        assertRefused(Recipient.letter("Jan", address("Kerkstraat", "12", "", "Antwerpen")), "no postal code");
        assertRefused(Recipient.letter("Jan", address("Kerkstraat", "12", "2000", null)), "no municipality");
        assertRefused(
                Recipient.letter("Jan", address("Kerkstraat", "12", "200", "Antwerpen")),
                "postal code '200' is not a Belgian postal code");
    }

    @Test
    void ibans() {
        assertThat(Iban.parse("be71 0961 2345 6769").orElseThrow().printed()).isEqualTo("BE71 0961 2345 6769");
        assertThat(Iban.parse("NL91ABNA0417164300")).isPresent();
        assertThat(Iban.parse("BE71 0961 2345 6768")).isEmpty();
        assertThat(Iban.parse("BE71 0961 2345")).isEmpty();
    }

    @Test
    void amounts() {
        assertThat(EuroAmount.parse("24,50").orElseThrow().value()).isEqualByComparingTo(new BigDecimal("24.50"));
        assertThat(EuroAmount.parse("1.234,56").orElseThrow().epc()).isEqualTo("EUR1234.56");
        assertThat(EuroAmount.parse("€ 58").orElseThrow().epc()).isEqualTo("EUR58.00");
        assertThat(EuroAmount.parse("24.5").orElseThrow().printed(Locale.forLanguageTag("nl-BE")))
                .isEqualTo("€ 24,50");
        assertThat(EuroAmount.parse("0")).isEmpty();
        assertThat(EuroAmount.parse("twintig")).isEmpty();
        assertThat(EuroAmount.parse("-5")).isEmpty();
    }

    @Test
    void settingsAreChecked() {
        LetterChannelFactory factory = new LetterChannelFactory();
        Map<String, String> badIban = Letters.config();
        badIban.put("creditorIban", "BE71 0961 2345 6768");
        assertThat(factory.validate(badIban)).extracting(ConfigIssue::property).containsExactly("creditorIban");

        Map<String, String> ibanWithoutName = Letters.config();
        ibanWithoutName.remove("creditorName");
        assertThat(factory.validate(ibanWithoutName))
                .extracting(ConfigIssue::property)
                .containsExactly("creditorName");

        Map<String, String> nameWithoutIban = Letters.config();
        nameWithoutIban.remove("creditorIban");
        assertThat(factory.validate(nameWithoutIban))
                .extracting(ConfigIssue::property)
                .containsExactly("creditorIban");
    }

    @Test
    void theSenderAddressMayBeOnOneLineOrSeveral() {
        assertThat(LetterSettings.addressLines("Grote Markt 1, 2000 Antwerpen"))
                .containsExactly("Grote Markt 1", "2000 Antwerpen");
        assertThat(LetterSettings.addressLines("Grote Markt 1\n2000 Antwerpen, België"))
                .containsExactly("Grote Markt 1", "2000 Antwerpen, België");
    }

    @Test
    void epcTextIsAscii() {
        assertThat(EpcPayload.ascii("Stad Antwerpen – Financiën", 70)).isEqualTo("Stad Antwerpen - Financien");
        assertThat(EpcPayload.ascii("Łódź “Ville” 漢字", 70)).isEqualTo("odz \"Ville\"");
        assertThat(EpcPayload.ascii("x".repeat(80), 70)).hasSize(70);
    }

    private static PostalAddress address(String street, String number, String postalCode, String municipality) {
        return new PostalAddress(street, number, null, postalCode, municipality, "BE");
    }

    private static void assertRefused(Recipient recipient, String mention) {
        assertThatThrownBy(() -> new LetterChannelFactory()
                        .create(TestPluginContext.builder()
                                .config(Letters.config())
                                .workDirectory(Path.of("target", "unused"))
                                .build())
                        .checkRecipient(recipient))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining(mention);
    }
}
