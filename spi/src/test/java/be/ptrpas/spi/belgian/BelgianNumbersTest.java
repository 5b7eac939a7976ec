package be.ptrpas.spi.belgian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BelgianNumbersTest {

    /** The check digits of a national number, computed here from the rule rather than copied from the code. */
    static String nationalNumber(String first9, boolean bornFrom2000) {
        long base = Long.parseLong((bornFrom2000 ? "2" : "") + first9);
        return first9 + String.format("%02d", 97 - base % 97);
    }

    static String companyNumber(String first8) {
        return first8 + String.format("%02d", 97 - Long.parseLong(first8) % 97);
    }

    /** Replaces the check digits by a value that satisfies neither the pre- nor the post-2000 rule. */
    static String wrongCheck(String first9) {
        long before = 97 - Long.parseLong(first9) % 97;
        long after = 97 - Long.parseLong("2" + first9) % 97;
        for (int check = 1; ; check++) {
            if (check != before && check != after) {
                return first9 + String.format("%02d", check);
            }
        }
    }

    @Nested
    class NationalNumbers {

        // Born 31 July 1985, sequence 003 (a man: odd).
        final String pre2000 = nationalNumber("850731003", false);
        // Born 19 January 2003, sequence 086.
        final String post2000 = nationalNumber("030119086", true);

        @Test
        void acceptsANumberOfSomeoneBornBefore2000() {
            assertThat(NationalNumber.isValid(pre2000)).isTrue();
            assertThat(NationalNumber.parse(pre2000)).map(NationalNumber::value).contains(pre2000);
        }

        @Test
        void acceptsANumberOfSomeoneBornFrom2000WithThe2Prefix() {
            assertThat(post2000).isNotEqualTo(nationalNumber("030119086", false));
            assertThat(NationalNumber.isValid(post2000)).isTrue();
            assertThat(new NationalNumber(post2000).value()).isEqualTo(post2000);
        }

        @Test
        void refusesAWrongCheck() {
            String wrong = wrongCheck("850731003");
            assertThat(NationalNumber.isValid(wrong)).isFalse();
            assertThat(NationalNumber.parse(wrong)).isEmpty();
            assertThatThrownBy(() -> new NationalNumber(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(wrong);
        }

        @ParameterizedTest
        @ValueSource(strings = {"8507310034", "850731003451", "85073100A45", "8507310034x", "ABCDEFGHIJK"})
        void refusesWrongLengthAndLetters(String text) {
            assertThat(NationalNumber.isValid(text)).isFalse();
            assertThat(NationalNumber.parse(text)).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        void refusesNothing(String text) {
            assertThat(NationalNumber.isValid(text)).isFalse();
            assertThat(NationalNumber.parse(text)).isEmpty();
        }

        @Test
        void parsesAndFormatsTheWrittenForm() {
            String written = pre2000.substring(0, 2) + "." + pre2000.substring(2, 4) + "." + pre2000.substring(4, 6)
                    + "-" + pre2000.substring(6, 9) + "." + pre2000.substring(9);
            assertThat(written).matches("\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}");
            NationalNumber parsed = NationalNumber.parse(written).orElseThrow();
            assertThat(parsed.value()).isEqualTo(pre2000);
            assertThat(parsed.formatted()).isEqualTo(written);
            assertThat(NationalNumber.parse(" " + pre2000.substring(0, 6) + " " + pre2000.substring(6) + " "))
                    .contains(parsed);
        }

        @Test
        void ofAddsTheCheckOfTheGivenCentury() {
            // 85.07.30-033: 97 - 850730033 % 97 = 28.
            assertThat(NationalNumber.of("850730033", false).value()).isEqualTo("85073003328");
            assertThat(NationalNumber.of("050730033", true).value())
                    .isEqualTo("050730033" + String.format("%02d", 97 - 2_050_730_033L % 97))
                    .isEqualTo(nationalNumber("050730033", true));
            assertThatThrownBy(() -> NationalNumber.of("85073003", false)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> NationalNumber.of(null, false)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theCheckTellsTheCenturyOfBirth() {
            NationalNumber from1900 = NationalNumber.of("050730033", false);
            NationalNumber from2000 = NationalNumber.of("050730033", true);
            assertThat(from1900).isNotEqualTo(from2000);
            assertThat(from1900.bornFrom2000()).isFalse();
            assertThat(from2000.bornFrom2000()).isTrue();
            assertThat(from1900.birthYear()).isEqualTo(1905);
            assertThat(from2000.birthYear()).isEqualTo(2005);
            assertThat(from1900.birthDate()).hasValue(LocalDate.of(1905, 7, 30));
            assertThat(from2000.birthDate()).hasValue(LocalDate.of(2005, 7, 30));
            assertThat(new NationalNumber(pre2000).birthDate()).hasValue(LocalDate.of(1985, 7, 31));
            assertThat(new NationalNumber(post2000).birthDate()).hasValue(LocalDate.of(2003, 1, 19));
        }

        @Test
        void everyNineDigitsHaveExactlyOneCheckPerCentury() {
            // 2,000,000,000 is not a multiple of 97, so the two checks differ and never make one number ambiguous.
            assertThat(2_000_000_000L % 97).isNotZero();
            for (String nine : new String[] {"000000001", "850731003", "999999999", "030119086"}) {
                assertThat(NationalNumber.of(nine, false)).isNotEqualTo(NationalNumber.of(nine, true));
            }
        }

        @Test
        void readsSequenceAndBisNumbers() {
            NationalNumber bis = NationalNumber.of("852730033", false); // month + 20: a bis number
            assertThat(bis.isBisNumber()).isTrue();
            assertThat(bis.birthDate()).hasValue(LocalDate.of(1985, 7, 30));
            assertThat(NationalNumber.of("854730033", false).birthDate()).hasValue(LocalDate.of(1985, 7, 30));
            assertThat(new NationalNumber(pre2000).isBisNumber()).isFalse();
            assertThat(NationalNumber.of("850000033", false).birthDate()).isEmpty();
            assertThat(NationalNumber.of("850731003", false).sequence()).isEqualTo(3);
        }

        @Test
        void requireNamesWhatIsWrongWithoutEchoingTheInput() {
            assertThat(NationalNumber.require(" " + pre2000 + " ").value()).isEqualTo(pre2000);
            String wrong = wrongCheck("850731003");
            assertThatThrownBy(() -> NationalNumber.require(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a valid national number");
            assertThatThrownBy(() -> NationalNumber.require(" ")).hasMessage("a national number is required");
            assertThatThrownBy(() -> NationalNumber.require(null)).hasMessage("a national number is required");
        }

        @Test
        void toStringDoesNotRevealTheNumber() {
            NationalNumber number = new NationalNumber(pre2000);
            assertThat(number.toString())
                    .doesNotContain(pre2000)
                    .doesNotContain(pre2000.substring(2))
                    .doesNotContain(number.formatted())
                    .doesNotContain(pre2000.substring(6, 9) + "." + pre2000.substring(9))
                    .doesNotContainPattern("\\d{3}");
        }
    }

    @Nested
    class CompanyNumbers {

        @Test
        void acceptsAValidNumberInItsUsualForm() {
            assertThat(companyNumber("02071834")).isEqualTo("0207183486");
            CompanyNumber number = CompanyNumber.parse("0207.183.486").orElseThrow();
            assertThat(number.value()).isEqualTo("0207183486");
            assertThat(number.formatted()).isEqualTo("0207.183.486");
        }

        @Test
        void acceptsANumberComputedFromTheRuleStartingWith1() {
            String number = companyNumber("10001234");
            assertThat(CompanyNumber.isValid(number)).isTrue();
            assertThat(CompanyNumber.parse(number)).map(CompanyNumber::value).contains(number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"BE0207183486", "BE 0207.183.486", "BE0207.183.486"})
        void acceptsTheVatFormWithBePrefix(String text) {
            assertThat(CompanyNumber.parse(text)).map(CompanyNumber::value).contains("0207183486");
        }

        @ParameterizedTest
        @ValueSource(strings = {"207183486", "207.183.486", "BE207183486"})
        void acceptsTheOld9DigitForm(String text) {
            assertThat(CompanyNumber.parse(text)).map(CompanyNumber::formatted).contains("0207.183.486");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "0207.183.487",
                    "0207.183.48",
                    "20207183486",
                    "2207183486",
                    "0207.183.4A6",
                    "NL0207183486",
                    ""
                })
        void refusesInvalidNumbers(String text) {
            assertThat(CompanyNumber.parse(text)).isEmpty();
        }

        @Test
        void ofAddsTheCheckToEightDigits() {
            assertThat(CompanyNumber.of(2071834L).value()).isEqualTo("0207183486");
            assertThat(CompanyNumber.of(10001234L).value()).isEqualTo(companyNumber("10001234"));
            assertThatThrownBy(() -> CompanyNumber.of(20_000_000L)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CompanyNumber.of(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void requireAcceptsTheWrittenFormsAndRefusesTheRest() {
            assertThat(CompanyNumber.require("BE 0207.183.486").value()).isEqualTo("0207183486");
            assertThatThrownBy(() -> CompanyNumber.require("0207.183.487")).hasMessage("not a valid company number");
            assertThatThrownBy(() -> CompanyNumber.require(null)).hasMessage("a company number is required");
        }

        @Test
        void refusesEstablishmentUnitNumbers() {
            // Establishment units (2-8) carry the same check but are not companies.
            String unit = companyNumber("22071834");
            assertThat(CompanyNumber.isValid(unit)).isFalse();
            assertThat(CompanyNumber.parse(unit)).isEmpty();
        }

        @Test
        void refusesAWrongCheckAndNothing() {
            assertThat(CompanyNumber.isValid("0207183485")).isFalse();
            assertThat(CompanyNumber.isValid(null)).isFalse();
            assertThat(CompanyNumber.parse(null)).isEmpty();
            assertThatThrownBy(() -> new CompanyNumber("0207183485")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class StructuredReferences {

        static String expected(long number) {
            long check = number % 97 == 0 ? 97 : number % 97;
            String digits = String.format("%010d%02d", number, check);
            return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
        }

        @ParameterizedTest
        @ValueSource(longs = {1, 96, 97, 194, 123456789, 1234567890, 9_999_999_999L})
        void ofBuildsTheDecoratedReferenceWithNMod97AsCheck(long number) {
            StructuredReference reference = StructuredReference.of(number);
            assertThat(reference.formatted())
                    .isEqualTo(expected(number))
                    .matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
            assertThat(reference.digits()).hasSize(12);
        }

        @Test
        void aMultipleOf97GetsCheck97() {
            assertThat(StructuredReference.of(0).formatted()).isEqualTo("+++000/0000/00097+++");
            assertThat(StructuredReference.of(97).digits()).isEqualTo("000000009797");
            assertThat(StructuredReference.of(1).digits()).isEqualTo("000000000101");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "+++090/9337/55493+++",
                    "***090/9337/55493***",
                    "090/9337/55493",
                    "090933755493",
                    " +++ 090 / 9337 / 55493 +++ "
                })
        void parsesWithAndWithoutDecoration(String text) {
            assertThat(expected(909337554)).isEqualTo("+++090/9337/55493+++");
            assertThat(StructuredReference.parse(text))
                    .map(StructuredReference::digits)
                    .contains("090933755493");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "+++090/9337/55494+++",
                    "+++090/9337/5549+++",
                    "09093375549A",
                    "0909337554931",
                    "000000009700",
                    ""
                })
        void refusesInvalidReferences(String text) {
            assertThat(StructuredReference.parse(text)).isEmpty();
            assertThat(StructuredReference.isValid(text)).isFalse();
        }

        @Test
        void refusesNumbersOutsideTenDigits() {
            assertThatThrownBy(() -> StructuredReference.of(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> StructuredReference.of(10_000_000_000L))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StructuredReference("090933755494"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(StructuredReference.parse(null)).isEmpty();
        }
    }
}
