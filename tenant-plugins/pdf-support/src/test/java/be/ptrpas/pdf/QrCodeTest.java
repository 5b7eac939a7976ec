package be.ptrpas.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theSmallestCodeWithItsQuietZone() {
        // Version 1 is 21 modules a side; the quiet zone adds 4 on each side.
        assertThat(QrCode.of("PTR").size()).isEqualTo(21 + 2 * QrCode.QUIET_ZONE);
    }

    @Test
    void contentBeyondWhatAQrCodeHoldsIsRefused() {
        assertThatThrownBy(() -> QrCode.of("x".repeat(5_000))).isInstanceOf(IllegalArgumentException.class);
    }
}
