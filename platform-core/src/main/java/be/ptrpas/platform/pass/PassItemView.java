package be.ptrpas.platform.pass;

import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item as the pass lists it: what it is, where, who issued it, its status and its money state, in the one
 * vocabulary every kind shares.
 *
 * @param municipality where it belongs; null for platform-wide items (a disabled-person card)
 * @param amountDue what is still to pay (the amount asked less what was paid), in euro; null without money
 * @param structuredReference the OGM to quote on a bank transfer, as +++123/4567/89012+++
 */
public record PassItemView(
        String id,
        PassKind kind,
        Municipality municipality,
        String issuer,
        String reference,
        String subject,
        PassStatus status,
        MoneyState money,
        BigDecimal amount,
        BigDecimal amountPaid,
        BigDecimal amountDue,
        String currency,
        LocalDate dueDate,
        String structuredReference,
        Instant happenedAt,
        Instant validUntil,
        Instant updatedAt) {

    /** A municipality by NIS code and name. */
    public record Municipality(String nisCode, String name) {}

    static PassItemView of(PassItem item, Municipality municipality, Instant now) {
        Long amount = item.amountCents();
        return new PassItemView(
                item.id(),
                item.kind(),
                municipality,
                item.issuer(),
                item.reference(),
                item.subject(),
                PassStatuses.effective(item.status(), item.validUntil(), now),
                item.money(),
                euros(amount),
                amount == null ? null : euros(item.paidCents()),
                amount == null ? null : euros(Math.max(0, amount - item.paidCents())),
                amount == null ? null : "EUR",
                item.dueDate(),
                item.structuredReference() == null
                        ? null
                        : new StructuredReference(item.structuredReference()).formatted(),
                item.happenedAt(),
                item.validUntil(),
                item.updatedAt());
    }

    private static BigDecimal euros(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }
}
