package be.ptrpas.platform.preference;

import be.ptrpas.platform.plugin.SecretCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Contact data (e-mail address, mobile number, postal address) is personal data: it is stored encrypted with the
 * platform's secrets key (AES-256-GCM, {@link SecretCipher}), bound to its citizen and field, so a value copied to
 * another citizen's row or field does not decrypt.
 */
@ApplicationScoped
public class ContactCipher {

    private Optional<SecretCipher> cipher = Optional.empty();

    @PostConstruct
    void load() {
        cipher = SecretCipher.configured();
    }

    /** For tests: a given cipher. */
    static ContactCipher of(SecretCipher cipher) {
        ContactCipher contacts = new ContactCipher();
        contacts.cipher = Optional.of(cipher);
        return contacts;
    }

    String seal(String value, String citizenKey, String field) {
        return value == null ? null : require().encrypt(value, owner(citizenKey, field));
    }

    String open(String stored, String citizenKey, String field) {
        return stored == null ? null : require().decrypt(stored, owner(citizenKey, field));
    }

    private SecretCipher require() {
        return cipher.orElseThrow(SecretCipher::notConfigured);
    }

    private static String owner(String citizenKey, String field) {
        return "citizen-preference:" + citizenKey + ":" + field;
    }
}
