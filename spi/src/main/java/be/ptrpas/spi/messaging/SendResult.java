package be.ptrpas.spi.messaging;

/**
 * A channel accepted a message.
 *
 * @param providerMessageId the vendor's id, used to match later delivery receipts; may equal the message id
 * @param status            {@link DeliveryStatus#ACCEPTED} when the vendor will deliver later,
 *                          {@link DeliveryStatus#DELIVERED} when it is already delivered (SMTP hand-off, letter file)
 */
public record SendResult(String providerMessageId, DeliveryStatus status) {

    public SendResult {
        status = status == null ? DeliveryStatus.ACCEPTED : status;
    }
}
