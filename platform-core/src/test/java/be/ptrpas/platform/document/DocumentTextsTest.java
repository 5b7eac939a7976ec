package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DocumentTextsTest {

    @Test
    void everyLanguageHasEveryTextAndEveryKindAndMethod() throws IOException {
        Properties dutch = load("nl");
        for (String language : new String[] {"fr", "en"}) {
            assertThat(load(language).stringPropertyNames()).as(language).isEqualTo(dutch.stringPropertyNames());
        }
        for (ItemKind kind : ItemKind.values()) {
            assertThat(dutch).containsKey("kind." + kind.name());
        }
        for (PaymentMethod method : PaymentMethod.values()) {
            assertThat(dutch).containsKey("method." + method.name());
        }
    }

    @Test
    void writesMoneyDatesAndTimesAsEachLanguageDoes() {
        DocumentTexts nl = DocumentTexts.of(DocumentLanguage.NL);
        DocumentTexts fr = DocumentTexts.of(DocumentLanguage.FR);
        DocumentTexts en = DocumentTexts.of(DocumentLanguage.EN);
        BigDecimal amount = new BigDecimal("1234.5");

        assertThat(nl.money(amount)).isEqualTo("€ 1.234,50");
        assertThat(fr.money(amount).replace('\u202F', ' ').replace('\u00A0', ' '))
                .isEqualTo("1 234,50 €");
        assertThat(en.money(amount)).isEqualTo("€1,234.50");
        assertThat(nl.money(new BigDecimal("-5"))).isEqualTo("−€ 5,00");
        assertThat(nl.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
        assertThat(fr.date(LocalDate.of(2027, 2, 1))).isEqualTo("1 février 2027");
        // Summer time: 12:00 UTC is 14:00 in Brussels.
        assertThat(en.dateTime(Instant.parse("2027-07-01T12:00:00Z"))).isEqualTo("1 July 2027, 14:00");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentTexts.class.getResourceAsStream("texts_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
