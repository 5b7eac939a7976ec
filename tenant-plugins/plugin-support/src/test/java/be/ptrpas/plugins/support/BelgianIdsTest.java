package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BelgianIdsTest {

    @Test
    void nationalNumbersBeforeAndFrom2000() {
        // 85.07.30-033: 97 - 850730033 % 97 = 28.
        assertThat(BelgianIds.nationalNumber("850730033", false)).isEqualTo("85073003328");
        assertThat(BelgianIds.isValidNationalNumber("85073003328")).isTrue();
        assertThat(BelgianIds.bornFrom2000("85073003328")).isFalse();
        assertThat(BelgianIds.birthDate("85073003328")).hasValue(LocalDate.of(1985, 7, 30));

        // Born in 2000 or later: the check is over "2" followed by the nine digits.
        String from2000 = BelgianIds.nationalNumber("050730033", true);
        assertThat(from2000).isEqualTo("050730033" + String.format("%02d", 97 - 2_050_730_033L % 97));
        assertThat(BelgianIds.isValidNationalNumber(from2000)).isTrue();
        assertThat(BelgianIds.bornFrom2000(from2000)).isTrue();
        assertThat(BelgianIds.birthDate(from2000)).hasValue(LocalDate.of(2005, 7, 30));
        // The same nine digits with the pre-2000 check are someone born in 1905.
        String from1900 = BelgianIds.nationalNumber("050730033", false);
        assertThat(from1900).isNotEqualTo(from2000);
        assertThat(BelgianIds.birthDate(from1900)).hasValue(LocalDate.of(1905, 7, 30));
    }

    @Test
    void readsSequenceAndBisNumbers() {
        String bis = BelgianIds.nationalNumber("852730033", false); // month + 20: a bis number
        assertThat(BelgianIds.isValidNationalNumber(bis)).isTrue();
        assertThat(BelgianIds.birthDate(bis)).hasValue(LocalDate.of(1985, 7, 30));
        assertThat(BelgianIds.birthDate(BelgianIds.nationalNumber("850000033", false))).isEmpty();
        assertThat(BelgianIds.sequence("85073003328")).isEqualTo(33);
    }

    @Test
    void requireNationalNumberDropsSeparators() {
        assertThat(BelgianIds.requireNationalNumber("85.07.30-033.28")).isEqualTo("85073003328");
        assertThat(BelgianIds.requireNationalNumber(" 85073003328 ")).isEqualTo("85073003328");
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "8507300332", "850730033288", "8507300332X", "", "abc"})
    void refusesBadNationalNumbers(String input) {
        assertThat(BelgianIds.isValidNationalNumber(input)).isFalse();
        assertThatThrownBy(() -> BelgianIds.requireNationalNumber(input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid national number");
    }

    @Test
    void companyNumbers() {
        assertThat(BelgianIds.companyNumber(2071834L)).isEqualTo("0207183486");
        assertThat(BelgianIds.isValidCompanyNumber("0207183486")).isTrue();
        assertThat(BelgianIds.requireCompanyNumber("0207.183.486")).isEqualTo("0207183486");
        assertThat(BelgianIds.requireCompanyNumber("0207 183 486")).isEqualTo("0207183486");
        assertThat(BelgianIds.isValidCompanyNumber("0207183487")).isFalse();
        assertThat(BelgianIds.isValidCompanyNumber("207183486")).isFalse();
        assertThat(BelgianIds.isValidCompanyNumber(null)).isFalse();
        assertThatThrownBy(() -> BelgianIds.requireCompanyNumber("0207.183.487"))
                .hasMessage("not a valid company number: 0207.183.487");
        assertThatThrownBy(() -> BelgianIds.requireCompanyNumber(null)).hasMessage("a company number is required");
        assertThatThrownBy(() -> BelgianIds.requireNationalNumber(null)).hasMessage("a national number is required");
    }

    @Test
    void plates() {
        assertThat(BelgianIds.belgianPlate("1abc123")).hasValue("1-ABC-123");
        assertThat(BelgianIds.belgianPlate("1-ABC-123")).hasValue("1-ABC-123");
        assertThat(BelgianIds.belgianPlate("abc 123")).hasValue("ABC-123");
        assertThat(BelgianIds.belgianPlate("123-ABC")).hasValue("123-ABC");
        assertThat(BelgianIds.belgianPlate("HH-AB-1234")).isEmpty();
        assertThat(BelgianIds.belgianPlate("0ABC123")).isEmpty();
        assertThatThrownBy(() -> BelgianIds.belgianPlate(" ")).hasMessage("a plate is required");
    }
}
