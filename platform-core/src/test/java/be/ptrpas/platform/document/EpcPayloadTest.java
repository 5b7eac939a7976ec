package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The EPC069-12 rules (version 002) the payload must keep, and a known example written out in full. */
class EpcPayloadTest {

    private static final Iban RED_CROSS = Iban.parse("BE72000000001616").orElseThrow();
    private static final StructuredReference OGM =
            StructuredReference.parse("+++090/9337/55493+++").orElseThrow();

    @Test
    void theKnownExampleWithAStructuredReference() {
        // The guidelines' example beneficiary (Belgian Red Cross, BPOTBEB1, BE72 0000 0000 1616), version 002, with a
        // Belgian OGM on the structured line instead of the example's free text.
        EpcPayload payload = EpcPayload.of("Red Cross of Belgium", RED_CROSS, "BPOTBEB1", new BigDecimal("12.5"), OGM);

        assertThat(payload.text())
                .isEqualTo(
                        "BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR12.50\n\n090933755493");
    }

    @Test
    void keepsTheStandardsLineStructure() {
        String[] lines = EpcPayload.of(" Stad Gent ", RED_CROSS, null, new BigDecimal("40.50"), OGM)
                .text()
                .split("\n", -1);

        assertThat(lines).hasSize(10);
        assertThat(lines[0]).as("service tag").isEqualTo("BCD");
        assertThat(lines[1]).as("version").isEqualTo("002");
        assertThat(lines[2]).as("character set 1: UTF-8").isEqualTo("1");
        assertThat(lines[3]).as("identification").isEqualTo("SCT");
        assertThat(lines[4]).as("BIC, optional in version 002").isEmpty();
        assertThat(lines[5]).as("beneficiary name, trimmed").isEqualTo("Stad Gent");
        assertThat(lines[6]).as("IBAN, compact").isEqualTo("BE72000000001616");
        assertThat(lines[7]).as("amount").isEqualTo("EUR40.50");
        assertThat(lines[8]).as("purpose").isEmpty();
        assertThat(lines[9]).as("structured remittance: the OGM's 12 digits").isEqualTo("090933755493");
        // No unstructured remittance (it may not be given with a structured one) and no separator after the last value.
        assertThat(EpcPayload.of("Stad Gent", RED_CROSS, null, BigDecimal.ONE, OGM)
                        .text())
                .doesNotEndWith("\n")
                .doesNotContain("+++")
                .doesNotContain("\r");
    }

    @ParameterizedTest
    @CsvSource({"0.01, EUR0.01", "1, EUR1.00", "12.5, EUR12.50", "999999999.99, EUR999999999.99", "7.10, EUR7.10"})
    void writesTheAmountInEuroWithTwoDecimals(String amount, String expected) {
        String text = EpcPayload.of("Stad Gent", RED_CROSS, null, new BigDecimal(amount), OGM)
                .text();

        assertThat(text.split("\n")[7]).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00", "1000000000.00", "12.345"})
    void refusesAmountsOutsideTheStandard(String amount) {
        assertThatThrownBy(() -> EpcPayload.of("Stad Gent", RED_CROSS, null, new BigDecimal(amount), OGM))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("amount"));
    }

    @Test
    void acceptsSeventyCharactersAfterTrimmingAndRefusesSeventyOne() {
        String seventy = "A".repeat(70);

        assertThat(EpcPayload.of("   " + seventy + "  ", RED_CROSS, null, BigDecimal.TEN, OGM)
                        .text())
                .contains("\n" + seventy + "\n");
        assertThatThrownBy(() -> EpcPayload.of(seventy + "B", RED_CROSS, null, BigDecimal.TEN, OGM))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("beneficiaryName must be at most 70 characters (EPC QR code), not 71");
    }

    @Test
    void refusesANameThatWouldBreakTheLines() {
        assertThatThrownBy(() -> EpcPayload.of("Stad\nGent", RED_CROSS, null, BigDecimal.TEN, OGM))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("beneficiaryName must not contain line breaks");
        assertThatThrownBy(() -> EpcPayload.of("  ", RED_CROSS, null, BigDecimal.TEN, OGM))
                .hasMessageContaining("beneficiaryName is required");
    }

    @Test
    void keepsAccentsInUtf8() {
        EpcPayload payload = EpcPayload.of("Ville de Liège – Régie", RED_CROSS, null, BigDecimal.TEN, OGM);

        assertThat(payload.text()).contains("Ville de Liège – Régie");
        assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo(payload.text());
        assertThat(payload.bytes()).hasSizeGreaterThan(payload.text().length()); // è, é and – take more than a byte
    }

    @Test
    void refusesAPayloadOverThreeHundredThirtyOneBytes() {
        // 70 characters of four bytes each: within the name's limit, but the payload would be 368 bytes.
        String wide = "😀".repeat(70);

        assertThatThrownBy(() -> EpcPayload.of(wide, RED_CROSS, "BPOTBEB1", BigDecimal.TEN, OGM))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("the EPC standard allows 331");
        // The largest payload that valid short inputs give stays well inside.
        String longest = EpcPayload.of(
                        "Z".repeat(70),
                        Iban.parse("MT84MALT011000012345MTLCAST001S").orElseThrow(),
                        "BPOTBEB1XXX",
                        EpcPayload.MAX_AMOUNT,
                        OGM)
                .text();
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(EpcPayload.MAX_BYTES);
    }

    @Test
    void checksTheBic() {
        assertThat(EpcPayload.of("Stad Gent", RED_CROSS, "GKCCBEBB", BigDecimal.TEN, OGM)
                        .text())
                .contains("\nGKCCBEBB\n");
        assertThat(EpcPayload.of("Stad Gent", RED_CROSS, "GEBABEBBXXX", BigDecimal.TEN, OGM)
                        .text())
                .contains("\nGEBABEBBXXX\n");
        assertThat(EpcPayload.of("Stad Gent", RED_CROSS, " gkccbebb ", BigDecimal.TEN, OGM)
                        .text())
                .as("as people type it")
                .contains("\nGKCCBEBB\n");
        assertThatThrownBy(() -> EpcPayload.of("Stad Gent", RED_CROSS, "GKCC", BigDecimal.TEN, OGM))
                .hasMessageContaining("bic is not a BIC");
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        assertThatThrownBy(() -> EpcPayload.of(null, null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("beneficiaryName", "amount", "iban", "reference"));
    }
}
