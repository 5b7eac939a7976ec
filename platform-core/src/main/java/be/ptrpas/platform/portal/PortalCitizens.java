package be.ptrpas.platform.portal;

import be.ptrpas.platform.plugin.SecretCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Seals the national number a portal notice is for with the platform's secrets key (AES-256-GCM, {@link SecretCipher}),
 * bound to the notice's id, so the outbox holds no national number in clear and a sealed number copied to another
 * notice does not open.
 */
@ApplicationScoped
public class PortalCitizens {

    private Optional<SecretCipher> cipher = Optional.empty();

    @PostConstruct
    void load() {
        cipher = SecretCipher.configured();
    }

    /** A notice for this citizen with their number sealed. */
    public PortalNoticePayload notice(
            String noticeId, String nationalNumber, String category, String title, String url, Instant at) {
        return new PortalNoticePayload(
                noticeId, null, category, title, url, at, require().encrypt(nationalNumber, owner(noticeId)));
    }

    /** The citizen a stored notice is for. */
    String nationalNumber(PortalNoticePayload payload) {
        if (payload.nationalNumber() != null) {
            return payload.nationalNumber();
        }
        return require().decrypt(payload.sealedNationalNumber(), owner(payload.noticeId()));
    }

    private SecretCipher require() {
        return cipher.orElseThrow(SecretCipher::notConfigured);
    }

    private static String owner(String noticeId) {
        return "portal-notice:" + noticeId;
    }
}
