package be.ptrpas.platform.preference;

import be.ptrpas.spi.messaging.PostalAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of {@link NotificationRouter}, without storage: what a citizen chose and which contacts are confirmed in,
 * the channels to use out.
 *
 * <ol>
 *   <li>A channel the citizen did not choose for this kind of event is never used (an opt-out holds at once).</li>
 *   <li>A chosen channel is used only with a confirmed contact: e-mail with a confirmed address, SMS and WhatsApp
 *       with a confirmed mobile number; a letter with the citizen's postal address, else their domicile.</li>
 *   <li>When that leaves nothing and the notice is legally required, a letter goes anyway — the law's duty to
 *       inform outweighs the opt-out of letters, and a letter is the channel that reaches everyone.</li>
 *   <li>Otherwise nothing: a notice that is not required is not forced on someone who opted out.</li>
 *   <li>A channel the sender does not offer (no plug-in in that slot) is never used, the fallback letter included.</li>
 * </ol>
 */
public final class RoutingRules {

    /** What is known about the citizen: preference (or defaults) with confirmed contacts only. */
    public record Known(Language language, String email, String phone, PostalAddress address, Choices choices) {}

    private RoutingRules() {}

    /**
     * @param domicile asked only when a letter is to go and the citizen gave no address of their own; may answer null
     */
    public static Routing decide(
            Known known, EventKind kind, boolean legallyRequired, Supplier<PostalAddress> domicile) {
        return decide(known, kind, legallyRequired, EnumSet.allOf(Channel.class), domicile);
    }

    /**
     * As {@link #decide(Known, EventKind, boolean, Supplier)}, for a sender that offers only some channels (a
     * municipality without an SMS or letter plug-in): a channel it does not offer counts as one without a contact, and
     * the legal fallback is a letter only where letters can be sent at all.
     *
     * @param offered the channels the sender can send on
     */
    public static Routing decide(
            Known known,
            EventKind kind,
            boolean legallyRequired,
            Set<Channel> offered,
            Supplier<PostalAddress> domicile) {
        List<Routing.Route> routes = new ArrayList<>();
        for (Channel channel : known.choices().of(kind)) {
            if (!offered.contains(channel)) {
                continue;
            }
            switch (channel.contact()) {
                case EMAIL -> {
                    if (known.email() != null) {
                        routes.add(new Routing.Route(channel, known.email(), null));
                    }
                }
                case PHONE -> {
                    if (known.phone() != null) {
                        routes.add(new Routing.Route(channel, known.phone(), null));
                    }
                }
                case ADDRESS -> {
                    PostalAddress address = letterAddress(known, domicile);
                    if (address != null) {
                        routes.add(new Routing.Route(channel, null, address));
                    }
                }
            }
        }
        if (routes.isEmpty() && legallyRequired && offered.contains(Channel.LETTER)) {
            return new Routing(
                    known.language(),
                    List.of(new Routing.Route(Channel.LETTER, null, letterAddress(known, domicile))),
                    true);
        }
        return new Routing(known.language(), List.copyOf(routes), false);
    }

    private static PostalAddress letterAddress(Known known, Supplier<PostalAddress> domicile) {
        return known.address() != null ? known.address() : domicile.get();
    }
}
