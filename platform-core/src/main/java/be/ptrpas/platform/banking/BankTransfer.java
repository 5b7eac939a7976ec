package be.ptrpas.platform.banking;

import java.time.LocalDate;

/**
 * A credit transfer received on the municipality's account, as a {@link TransferSettlement} sees it: what was paid,
 * when, and with which reference. Who paid is left out on purpose: settling needs the reference, not the payer.
 *
 * @param entryKey the bank entry's key (unique per municipality), for the settled item's history
 * @param bookingDate the day the bank booked it: the day it counts as paid
 * @param amountCents the amount, positive
 * @param reference a reference with a valid check (an OGM or an RF creditor reference)
 */
public record BankTransfer(String entryKey, LocalDate bookingDate, long amountCents, RemittanceReference reference) {}
