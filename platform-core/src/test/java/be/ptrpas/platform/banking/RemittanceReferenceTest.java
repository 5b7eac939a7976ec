package be.ptrpas.platform.banking;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.banking.RemittanceReference.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemittanceReferenceTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+++202/6000/00192+++",
                "***202/6000/00192***",
                "+++ 202 / 6000 / 00192 +++",
                "betaling +++202/6000/00192+++ bewonerskaart",
                "202/6000/00192",
                "parkeerboete 202600000192 nummerplaat 1ABC123",
                "202600000192"
            })
    void anOgmTypedInTheFreeTextIsFoundHoweverItIsWritten(String text) {
        assertThat(RemittanceReference.recognise(null, text))
                .isEqualTo(new RemittanceReference(Kind.OGM, "202600000192", true));
    }

    @Test
    void theStructuredReferenceWinsOverTheFreeText() {
        assertThat(RemittanceReference.recognise("202600000293", "+++202/6000/00192+++"))
                .isEqualTo(new RemittanceReference(Kind.OGM, "202600000293", true));
        assertThat(RemittanceReference.recognise("+++202/6000/00293+++", null).value())
                .isEqualTo("202600000293");
    }

    @Test
    void aWrongCheckDigitIsKeptAsAnInvalidOgmNeverAsAValidOne() {
        RemittanceReference typed = RemittanceReference.recognise(null, "+++123/4567/89012+++");
        assertThat(typed).isEqualTo(new RemittanceReference(Kind.OGM, "123456789012", false));
        assertThat(RemittanceReference.recognise("123456789012", null).valid()).isFalse();
        assertThat(typed.display()).isEqualTo("+++123/4567/89012+++");
    }

    @Test
    void bareDigitsAreAnOgmOnlyWhenUnambiguous() {
        // a wrong check: any number, not a mistyped OGM
        assertThat(RemittanceReference.recognise(null, "klant 123456789012")).isEqualTo(RemittanceReference.NONE);
        // two valid groups: which one?
        assertThat(RemittanceReference.recognise(null, "202600000192 en 202600000293"))
                .isEqualTo(RemittanceReference.NONE);
        // part of a longer number (an account, a phone number)
        assertThat(RemittanceReference.recognise(null, "rekening 5202600000192"))
                .isEqualTo(RemittanceReference.NONE);
        assertThat(RemittanceReference.recognise(null, "bewonerskaart De Smet straat 12"))
                .isEqualTo(RemittanceReference.NONE);
        assertThat(RemittanceReference.recognise(null, null)).isEqualTo(RemittanceReference.NONE);
    }

    @Test
    void anIso11649CreditorReferenceIsRecognisedAsSuchNotAsAnOgm() {
        assertThat(RemittanceReference.recognise("RF18539007547034", null))
                .isEqualTo(new RemittanceReference(Kind.CREDITOR_REFERENCE, "RF18539007547034", true));
        assertThat(RemittanceReference.recognise(null, "factuur 2026/117 RF97 GENK 2026 A17"))
                .isEqualTo(new RemittanceReference(Kind.CREDITOR_REFERENCE, "RF97GENK2026A17", true));
        assertThat(RemittanceReference.recognise(null, "rf18 5390 0754 7034").valid())
                .isTrue();
        RemittanceReference wrong = RemittanceReference.recognise("RF19539007547034", null);
        assertThat(wrong.kind()).isEqualTo(Kind.CREDITOR_REFERENCE);
        assertThat(wrong.valid()).isFalse();
        assertThat(RemittanceReference.isValidCreditorReference("RF18539007547034"))
                .isTrue();
        assertThat(RemittanceReference.isValidCreditorReference("RF18")).isFalse();
        assertThat(new RemittanceReference(Kind.CREDITOR_REFERENCE, "RF18539007547034", true).display())
                .isEqualTo("RF18 5390 0754 7034");
    }
}
