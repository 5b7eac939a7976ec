package be.ptrpas.platform.it.clock;

import be.ptrpas.platform.it.Api;
import java.time.Duration;
import java.time.Instant;

/**
 * The tests' side of the platform's movable clock: move it instead of sleeping, and set it back afterwards (every
 * test of a class shares the platform, so a test that moved it resets it in a {@code finally}).
 */
public final class ItClock {

    private final Api api;

    public ItClock(Api api) {
        this.api = api;
    }

    /** Sets the platform's clock {@code offset} away from the real time; answers the platform's new "now". */
    public Instant moveTo(Duration offset) {
        Api.Reply reply = api.send("PUT", ClockServlet.PATH + "?offset=" + offset, null, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("the platform's clock did not move: " + reply);
        }
        return Instant.parse(reply.json().getString("now"));
    }

    public void reset() {
        Api.Reply reply = api.delete(ClockServlet.PATH, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("the platform's clock was not set back: " + reply);
        }
    }
}
