package be.ptrpas.platform.notification;

import be.ptrpas.platform.plugin.SecretCipher;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps the national number of an item's holder sealed with the platform's secrets key (AES-256-GCM,
 * {@link SecretCipher}), bound to the item, so neither {@code notification_holder} nor the outbox holds a national
 * number in clear, and a sealed number copied to another item does not open.
 */
@ApplicationScoped
public class HolderSeals {

    @Inject
    TenantEntityManager tenantEm;

    private Optional<SecretCipher> cipher = Optional.empty();

    @PostConstruct
    void load() {
        cipher = SecretCipher.configured();
    }

    /** For tests: a given cipher. */
    static HolderSeals of(SecretCipher cipher) {
        HolderSeals seals = new HolderSeals();
        seals.cipher = Optional.of(cipher);
        return seals;
    }

    /** Whether numbers can be sealed at all (production without {@code PTR_SECRETS_KEY} cannot). */
    boolean available() {
        return cipher.isPresent();
    }

    String seal(String itemId, String nationalNumber) {
        return require().encrypt(nationalNumber, owner(itemId));
    }

    String open(String itemId, String sealed) {
        return require().decrypt(sealed, owner(itemId));
    }

    /** Remembers the item's holder (a new item, or an item that moved to another holder's pass). */
    @Transactional(Transactional.TxType.MANDATORY)
    String remember(String itemId, String nationalNumber) {
        String sealed = seal(itemId, nationalNumber);
        Optional<NotificationHolder> known = find(itemId);
        if (known.isPresent()) {
            known.get().sealedHolder(sealed);
        } else {
            tenantEm.get().persist(new NotificationHolder(itemId, sealed));
        }
        return sealed;
    }

    /** Seals the holder of an item whose holder was not remembered yet (an item older than notifications). */
    @Transactional(Transactional.TxType.MANDATORY)
    String rememberIfUnknown(String itemId, String nationalNumber) {
        Optional<NotificationHolder> known = find(itemId);
        if (known.isPresent()) {
            return known.get().sealedHolder();
        }
        String sealed = seal(itemId, nationalNumber);
        tenantEm.get().persist(new NotificationHolder(itemId, sealed));
        return sealed;
    }

    /** The sealed holder of an item of the current municipality. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> sealedHolderOf(String itemId) {
        return find(itemId).map(NotificationHolder::sealedHolder);
    }

    private Optional<NotificationHolder> find(String itemId) {
        return tenantEm.get()
                .createQuery("select h from NotificationHolder h where h.itemId = :item", NotificationHolder.class)
                .setParameter("item", itemId)
                .getResultStream()
                .findFirst();
    }

    private SecretCipher require() {
        return cipher.orElseThrow(SecretCipher::notConfigured);
    }

    private static String owner(String itemId) {
        return "pass-notice-holder:" + itemId;
    }
}
