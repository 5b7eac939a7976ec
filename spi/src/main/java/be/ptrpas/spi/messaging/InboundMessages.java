package be.ptrpas.spi.messaging;

import java.util.List;

/** What one verified inbound request of a channel contained: replies and delivery receipts, either may be empty. */
public record InboundMessages(List<InboundReply> replies, List<DeliveryReceipt> receipts) {

    public InboundMessages {
        replies = replies == null ? List.of() : List.copyOf(replies);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }
}
