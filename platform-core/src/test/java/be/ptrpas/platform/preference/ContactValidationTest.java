package be.ptrpas.platform.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactValidationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan.peeters@example.be",
                "j+ptr@mail.example.com",
                "a_b-c@sub.domain-name.org",
                "x@xn--bcher-kva.example"
            })
    void plainMailboxesOnTheInternetAreAccepted(String address) {
        assertThat(EmailAddress.normalize("email", address)).isEqualTo(address);
    }

    @Test
    void theDomainIsLowerCasedTheLocalPartKept() {
        assertThat(EmailAddress.normalize("email", "  Jan.Peeters@Example.BE ")).isEqualTo("Jan.Peeters@example.be");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan",
                "jan@",
                "@example.be",
                "jan@localhost",
                "jan@example",
                "jan@@example.be",
                "jan peeters@example.be",
                "Jan <jan@example.be>",
                "jan@example.be, piet@example.be",
                "jan@[192.168.1.1]",
                "jan@-example.be",
                "jan@example-.be",
                "jan@exa_mple.be",
                "jan@example.b",
                "jan@example.123",
                "jan@example..be",
                "\"jan\"@example.be",
                "jan@example.be.",
                "group: jan@example.be;"
            })
    void anythingElseIsRefusedWithItsOwnProblemType(String address) {
        assertThatThrownBy(() -> EmailAddress.normalize("email", address))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_EMAIL_ADDRESS);
                    assertThat(e.errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("email"));
                });
    }

    @Test
    void overlongAddressesAreRefused() {
        String local = "a".repeat(65);
        assertThat(EmailAddress.problemWith(local + "@example.be")).isPresent();
        String label = "d".repeat(60) + ".";
        String longDomain = label.repeat(4) + "be"; // 246 characters: the whole address is over 254
        assertThat(EmailAddress.problemWith("jan.peeters@" + longDomain)).contains("is longer than 254 characters");
        assertThat(EmailAddress.problemWith("j@" + longDomain)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0470 12 34 56", "0470/12.34.56", "+32 470 12 34 56", "0032470123456"})
    void belgianMobileNumbersAreStoredInE164(String typed) {
        assertThat(MobileNumber.e164("phone", typed)).isEqualTo("+32470123456");
    }

    @Test
    void foreignMobileNumbersNeedTheirCountryCode() {
        assertThat(MobileNumber.e164("phone", "+31 6 12345678")).isEqualTo("+31612345678");
        assertThat(MobileNumber.e164("phone", "+33 6 12 34 56 78")).isEqualTo("+33612345678");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "011 23 45 67", // a landline in Hasselt
                "+32 2 123 45 67", // a landline in Brussels
                "0470 12 34", // too short
                "0470 12 34 56 78 90 12", // too long
                "hello",
                "+999 123 456 789", // no such country
                "0800 12 345" // a free-phone number
            })
    void landlinesAndNonNumbersAreRefused(String typed) {
        assertThatThrownBy(() -> MobileNumber.e164("phone", typed))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_PHONE_NUMBER);
                    assertThat(e.errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("phone"));
                });
    }

    @Test
    void theRefusalSaysWhyALandlineWillNotDo() {
        assertThat(MobileNumber.problemWith("011 23 45 67")).contains("landline");
    }

    @Test
    void aBelgianAddressNeedsFourDigitsAndTheRequiredParts() {
        Violations v = new Violations();
        new PostalAddressDetails(" Meir ", "12A", null, "200", "Antwerpen", null).validated("address", v);
        assertThat(v.errors()).extracting(e -> e.field()).containsExactly("address.postalCode");

        Violations missing = new Violations();
        new PostalAddressDetails(null, "", null, "2000", " ", "be").validated("address", missing);
        assertThat(missing.errors())
                .extracting(e -> e.field())
                .containsExactlyInAnyOrder("address.street", "address.houseNumber", "address.municipality");
    }

    @Test
    void aValidAddressIsTidied() {
        Violations v = new Violations();
        PostalAddressDetails tidy =
                new PostalAddressDetails(" Meir ", "12A", " ", "2000", "Antwerpen", "be").validated("address", v);
        assertThat(v.isEmpty()).isTrue();
        assertThat(tidy).isEqualTo(new PostalAddressDetails("Meir", "12A", null, "2000", "Antwerpen", "BE"));
    }

    @Test
    void foreignAddressesHaveTheirOwnPostalCodesAndCountriesMustExist() {
        Violations dutch = new Violations();
        new PostalAddressDetails("Damrak", "1", null, "1012 LG", "Amsterdam", "NL").validated("address", dutch);
        assertThat(dutch.isEmpty()).isTrue();
        Violations nowhere = new Violations();
        new PostalAddressDetails("Damrak", "1", null, "1012", "Amsterdam", "XX").validated("address", nowhere);
        assertThat(nowhere.errors()).extracting(e -> e.field()).containsExactly("address.countryCode");
    }

    @Test
    void confirmationPathsNameEmailOrPhone() {
        assertThat(PreferenceService.contactOf("email")).isEqualTo(Channel.Contact.EMAIL);
        assertThat(PreferenceService.contactOf("PHONE")).isEqualTo(Channel.Contact.PHONE);
        assertThat(PreferenceService.contactOf("sms")).isEqualTo(Channel.Contact.PHONE);
        assertThatThrownBy(() -> PreferenceService.contactOf("letter"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_CHANNEL));
        assertThatThrownBy(() -> PreferenceService.contactOf("pigeon"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_CHANNEL));
    }

    @Test
    void theHistoryShowsContactsMasked() {
        assertThat(PreferenceService.mask(Channel.Contact.EMAIL, "jan.peeters@example.be"))
                .isEqualTo("j***@example.be");
        assertThat(PreferenceService.mask(Channel.Contact.PHONE, "+32470123456"))
                .isEqualTo("+32*******56");
    }
}
