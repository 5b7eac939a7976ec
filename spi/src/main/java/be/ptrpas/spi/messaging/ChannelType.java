package be.ptrpas.spi.messaging;

/** The ways a message can reach a citizen. */
public enum ChannelType {
    EMAIL,
    SMS,
    WHATSAPP,
    LETTER
}
