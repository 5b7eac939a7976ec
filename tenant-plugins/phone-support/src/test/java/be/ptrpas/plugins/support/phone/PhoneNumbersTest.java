package be.ptrpas.plugins.support.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.messaging.InvalidRecipientException;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers numbers = new PhoneNumbers("be", "a text message");

    @Test
    void readsNumbersTheWayClerksTypeThem() {
        assertThat(numbers.mobileE164("0470 12 34 56")).isEqualTo("+32470123456");
        assertThat(numbers.mobileE164("+32 470/12.34.56")).isEqualTo("+32470123456");
        assertThat(numbers.mobileE164("0032470123456")).isEqualTo("+32470123456");
        assertThat(numbers.mobileE164("+31 6 12345678")).isEqualTo("+31612345678");
    }

    @Test
    void refusesWhatCannotReceiveAMessage() {
        assertThatThrownBy(() -> numbers.mobileE164("03 224 11 11"))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessage("phone number 03 224 11 11 is a landline; a text message needs a mobile number");
        assertThatThrownBy(() -> new PhoneNumbers("BE", "WhatsApp").mobileE164("03 224 11 11"))
                .hasMessage("phone number 03 224 11 11 is a landline; WhatsApp needs a mobile number");
        assertThatThrownBy(() -> numbers.mobileE164("+3247")).hasMessageStartingWith("phone number +3247 is");
        assertThatThrownBy(() -> numbers.mobileE164("hello")).hasMessage("phone number hello is not a phone number");
        assertThatThrownBy(() -> numbers.mobileE164(" ")).hasMessage("there is no phone number for this recipient");
        assertThatThrownBy(() -> numbers.mobileE164(null)).isInstanceOf(InvalidRecipientException.class);
        assertThatThrownBy(() -> numbers.mobileE164("0".repeat(100))).hasMessageEndingWith("... is too long");
    }

    @Test
    void normalisesWhatVendorsReport() {
        assertThat(numbers.normalise("32470123456")).isEqualTo("+32470123456");
        assertThat(numbers.normalise("0470123456")).isEqualTo("+32470123456");
        assertThat(numbers.normalise("+32470123456")).isEqualTo("+32470123456");
        assertThat(numbers.normalise("not-a-number")).isEqualTo("not-a-number");
    }

    @Test
    void knowsRegions() {
        assertThat(PhoneNumbers.isSupportedRegion("be")).isTrue();
        assertThat(PhoneNumbers.isSupportedRegion("NL")).isTrue();
        assertThat(PhoneNumbers.isSupportedRegion("XX")).isFalse();
    }
}
