package be.ptrpas.platform.notification;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Whom a municipality's pass item is for, sealed: the pass keeps only a keyed hash of the holder, which cannot be
 * turned back into the national number that preferences, domiciles and the citizen portal need. Written when an item
 * reaches a holder's pass (in the source's transaction), read by the due-soon job. Tenant-owned.
 */
@Entity
@Table(name = "notification_holder")
public class NotificationHolder extends TenantOwnedEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Column(name = "sealed_holder", nullable = false)
    private String sealedHolder;

    protected NotificationHolder() {}

    NotificationHolder(String itemId, String sealedHolder) {
        this.itemId = itemId;
        this.sealedHolder = sealedHolder;
    }

    String itemId() {
        return itemId;
    }

    String sealedHolder() {
        return sealedHolder;
    }

    void sealedHolder(String sealed) {
        this.sealedHolder = sealed;
    }
}
