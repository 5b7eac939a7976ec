package be.ptrpas.spi.messaging;

import java.time.Instant;

/** A vendor's report that a message it accepted was delivered, read or failed. */
public record DeliveryReceipt(String providerMessageId, DeliveryStatus status, Instant at, String detail) {}
