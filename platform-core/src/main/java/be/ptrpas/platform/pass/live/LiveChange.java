package be.ptrpas.platform.pass.live;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one instance tells the others when a pass item changed: whose pass (the holder's keyed hash, never a national
 * number) and which item. Nothing else travels: each stream reads the item again through the pass's own read path,
 * so a message can reveal nothing and a forged one can show nobody anything that is not theirs.
 *
 * @param holderKey the holder's keyed hash, 64 hex characters
 * @param itemId the pass item's id (a UUID)
 */
record LiveChange(String holderKey, String itemId) {

    /** The PostgreSQL notification channel. */
    static final String CHANNEL = "ptr_pass";

    private static final Pattern HOLDER_KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ITEM_ID = Pattern.compile("[0-9A-Za-z-]{1,36}");

    LiveChange {
        if (holderKey == null || !HOLDER_KEY.matcher(holderKey).matches()) {
            throw new IllegalArgumentException("a holder key is 64 lower-case hex characters");
        }
        if (itemId == null || !ITEM_ID.matcher(itemId).matches()) {
            throw new IllegalArgumentException("an item id is up to 36 letters, digits and dashes");
        }
    }

    /** The notification's payload: 101 characters at most, far below NOTIFY's 8,000 bytes. */
    String payload() {
        return holderKey + " " + itemId;
    }

    /** The change a payload names; empty for anything this platform does not send. */
    static Optional<LiveChange> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int space = payload.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LiveChange(payload.substring(0, space), payload.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
