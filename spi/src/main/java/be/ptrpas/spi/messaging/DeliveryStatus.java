package be.ptrpas.spi.messaging;

/** How far a message got. */
public enum DeliveryStatus {
    ACCEPTED,
    DELIVERED,
    READ,
    FAILED
}
