package be.ptrpas.platform.preference;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One citizen's notification preferences. Platform-wide (a citizen is not a municipality's), keyed by the keyed hash
 * of their national number ({@link CitizenKeys}); contact data sealed by {@link ContactCipher}; the channels per kind of
 * event as JSON ({@link Choices}). Only confirmed contacts are stored here; a new address waits in a
 * {@link ContactConfirmation}.
 */
@Entity
@Table(name = "citizen_preference")
public class CitizenPreference extends VersionedEntity {

    @Id
    @Column(name = "citizen_key", length = 64, nullable = false, updatable = false)
    private String citizenKey;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "postal_address")
    private String postalAddress;

    @Column(name = "choices", nullable = false)
    private String choices;

    protected CitizenPreference() {}

    CitizenPreference(String citizenKey, String language, String choices) {
        this.citizenKey = citizenKey;
        this.language = language;
        this.choices = choices;
    }

    String citizenKey() {
        return citizenKey;
    }

    String language() {
        return language;
    }

    String sealedEmail() {
        return email;
    }

    String sealedPhone() {
        return phone;
    }

    String sealedPostalAddress() {
        return postalAddress;
    }

    String choices() {
        return choices;
    }

    void language(String language) {
        this.language = language;
    }

    void sealedEmail(String email) {
        this.email = email;
    }

    void sealedPhone(String phone) {
        this.phone = phone;
    }

    void sealedPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    void choices(String choices) {
        this.choices = choices;
    }
}
