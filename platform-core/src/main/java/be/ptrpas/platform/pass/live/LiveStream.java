package be.ptrpas.platform.pass.live;

import be.ptrpas.platform.pass.PassItemView;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open {@code text/event-stream} of one holder: an {@code item} event per change, a {@code : keep-alive}
 * comment now and then, closed when the client goes, when its token expires, or when the instance stops. Sends are
 * serialised: a stream is written by one thread at a time.
 */
final class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());

    private final SseEventSink sink;
    private final Sse sse;
    private final Instant expiresAt;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Runnable onClose = () -> {};

    LiveStream(SseEventSink sink, Sse sse, Instant expiresAt) {
        this.sink = sink;
        this.sse = sse;
        this.expiresAt = expiresAt;
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    boolean isOpen() {
        return !closed.get() && !sink.isClosed();
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The item as it is now: id, status, money state, amount due, paid so far, when it last changed. */
    void item(PassItemView item) {
        send(sse.newEventBuilder()
                .name("item")
                .id(item.id())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json(item))
                .build());
    }

    void keepAlive() {
        send(sse.newEventBuilder().comment("keep-alive").build());
    }

    static String json(PassItemView item) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("id", item.id())
                .add("status", item.status().name());
        if (item.money() == null) {
            data.addNull("moneyState");
        } else {
            data.add("moneyState", item.money().name());
        }
        if (item.amountDue() == null) {
            data.addNull("amountDueCents");
        } else {
            data.add("amountDueCents", cents(item.amountDue()));
        }
        data.add("paidCents", item.amountPaid() == null ? 0 : cents(item.amountPaid()));
        data.add("changedAt", item.updatedAt().toString());
        return data.build().toString();
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    private synchronized void send(OutboundSseEvent event) {
        if (!isOpen()) {
            close();
            return;
        }
        try {
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close(); // the client went away
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A pass stream could not be written; closing it", e);
            close();
        }
    }

    /** Frees the stream's place and closes the connection; more than once is fine. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                onClose.run();
            } finally {
                try {
                    sink.close();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "Closing a pass stream failed", e);
                }
            }
        }
    }
}
