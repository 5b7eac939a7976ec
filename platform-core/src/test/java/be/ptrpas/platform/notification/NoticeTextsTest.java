package be.ptrpas.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import be.ptrpas.platform.preference.EventKind;
import be.ptrpas.platform.preference.Language;
import be.ptrpas.spi.messaging.MessageTemplates;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeTextsTest {

    static final String URL = "https://pas.example.be/pass/items/0b8e6a52-1111-2222-3333-444455556666?lang=";

    static PassNotice gasFine(EventKind event, MoneyState money) {
        return new PassNotice(
                "0b8e6a52-1111-2222-3333-444455556666",
                PassKind.GAS_FINE,
                event,
                true,
                "GAS-2026-000123",
                "1-ABC-123 · Stadsplein",
                PassStatus.IN_PROGRESS,
                money,
                5800L,
                LocalDate.of(2026, 12, 14),
                null,
                Instant.parse("2026-12-07T10:00:00Z"),
                "v1:sealed");
    }

    @Test
    void aNewGasFineInDutchNamesTheMunicipalityReferenceAmountDueDateAndLink() {
        NoticeTexts.Rendered texts = NoticeTexts.render(
                gasFine(EventKind.NEW_ITEM, MoneyState.OPEN), Language.NL, "Genk", URL + "nl", false);
        assertThat(texts.subject()).isEqualTo("Nieuw op uw PTR-pas: GAS-boete GAS-2026-000123");
        assertThat(texts.body()).isEqualTo("""
                        Genk heeft een GAS-boete op uw PTR-pas gezet.

                        Betreft: 1-ABC-123 · Stadsplein
                        Nog te betalen: € 58,00
                        Te betalen uiterlijk op: 14 december 2026

                        Bekijk het op uw PTR-pas: %snl""".formatted(URL));
        assertThat(texts.parameters())
                .containsEntry(MessageTemplates.SUBJECT, texts.subject())
                .containsEntry(MessageTemplates.BODY, texts.body())
                .containsEntry("municipality", "Genk")
                .containsEntry("reference", "GAS-2026-000123")
                .containsEntry("itemUrl", URL + "nl")
                .containsEntry("amount", "€ 58,00")
                .containsEntry("dueDate", "14 december 2026");
        assertThat(texts.shortParameters().get(MessageTemplates.BODY))
                .as("for SMS and WhatsApp: short enough that the link is never cut")
                .isEqualTo("Nieuw op uw PTR-pas: GAS-boete GAS-2026-000123\nBekijk het op uw PTR-pas: " + URL + "nl")
                .hasSizeLessThan(200);
    }

    @Test
    void inFrench() {
        NoticeTexts.Rendered texts = NoticeTexts.render(
                gasFine(EventKind.NEW_ITEM, MoneyState.OPEN), Language.FR, "Genk", URL + "fr", false);
        assertThat(texts.subject()).isEqualTo("Nouveau dans votre PTR-pas : amende SAC GAS-2026-000123");
        assertThat(texts.body())
                .startsWith("Genk a ajouté une amende SAC à votre PTR-pas.")
                .contains("Reste à payer : 58,00 €")
                .contains("À payer au plus tard le : 14 décembre 2026")
                .endsWith("Consultez-le dans votre PTR-pas : " + URL + "fr");
    }

    @Test
    void inEnglish() {
        NoticeTexts.Rendered texts = NoticeTexts.render(
                gasFine(EventKind.DUE_SOON, MoneyState.PARTLY_PAID), Language.EN, "Genk", URL + "en", false);
        assertThat(texts.subject()).isEqualTo("Due soon: GAS fine GAS-2026-000123");
        assertThat(texts.body())
                .startsWith("Your GAS fine GAS-2026-000123 with Genk is due on 14 December 2026.")
                .contains("Still to pay: 58,00 €") // Belgian English (CLDR en-BE)
                .endsWith("See it on your PTR-pas: " + URL + "en");
    }

    @Test
    void aPaidItemSaysSoWithoutAnAmountOrDueDate() {
        PassNotice paid = gasFine(EventKind.MONEY_CHANGE, MoneyState.PAID);
        NoticeTexts.Rendered texts = NoticeTexts.render(paid, Language.NL, "Genk", URL + "nl", false);
        assertThat(texts.subject()).isEqualTo("GAS-boete GAS-2026-000123: betaald");
        assertThat(texts.body())
                .startsWith("Uw GAS-boete GAS-2026-000123 bij Genk is nu betaald.")
                .doesNotContain("Nog te betalen", "uiterlijk");
        assertThat(texts.parameters()).doesNotContainKeys("amount", "dueDate");
    }

    @Test
    void theLettersTheLawRequiresSayWhy() {
        assertThat(NoticeTexts.render(gasFine(EventKind.NEW_ITEM, MoneyState.OPEN), Language.NL, "Genk", URL, true)
                        .body())
                .endsWith("U ontvangt deze brief omdat de wet ons verplicht u hiervan op de hoogte te brengen.");
        assertThat(NoticeTexts.render(gasFine(EventKind.NEW_ITEM, MoneyState.OPEN), Language.FR, "Genk", URL, true)
                        .body())
                .endsWith("Vous recevez cette lettre parce que la loi nous oblige à vous en informer.");
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void everyKindOfNewsHasATemplateInEveryLanguage(EventKind event) {
        for (Language language : Language.values()) {
            for (PassKind kind : PassKind.values()) {
                PassNotice notice = new PassNotice(
                        "id",
                        kind,
                        event,
                        false,
                        "REF-1",
                        null,
                        PassStatus.HANDLED,
                        MoneyState.REFUNDED,
                        null,
                        null,
                        LocalDate.of(2027, 1, 31),
                        Instant.parse("2026-12-07T10:00:00Z"),
                        "v1:sealed");
                NoticeTexts.Rendered texts = NoticeTexts.render(notice, language, "Hasselt", URL, false);
                assertThat(texts.subject())
                        .as(event + " " + language + " " + kind)
                        .contains("REF-1")
                        .doesNotContain("{{", "null");
                assertThat(texts.body())
                        .as(event + " " + language + " " + kind)
                        .contains("Hasselt", URL)
                        .doesNotContain("{{", "null");
            }
        }
    }
}
