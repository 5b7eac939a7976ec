package be.ptrpas.platform.notification;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import be.ptrpas.platform.preference.EventKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * News about one item of a citizen's pass, as the outbox keeps it until it is addressed: what happened and the item as
 * it stood then. The holder is sealed ({@link HolderSeals}), never in clear.
 *
 * @param itemId the pass item's id (the link goes there)
 * @param itemKind what the item is
 * @param event the kind of news, as the citizen chooses channels for it
 * @param legallyRequired whether the law requires the citizen to be told ({@link NoticeRules#legallyRequired})
 * @param reference what the citizen quotes
 * @param subject the item's short description, or null
 * @param status the item's status then
 * @param money its money state then, or null
 * @param amountDueCents what was still due then, or null
 * @param dueDate when it is due, or null
 * @param validUntil when its validity ends (a permit expiring), or null
 * @param at when it happened
 * @param sealedHolder the holder's national number, sealed with the secrets key and bound to the item
 */
public record PassNotice(
        String itemId,
        PassKind itemKind,
        EventKind event,
        boolean legallyRequired,
        String reference,
        String subject,
        PassStatus status,
        MoneyState money,
        Long amountDueCents,
        LocalDate dueDate,
        LocalDate validUntil,
        Instant at,
        String sealedHolder) {}
