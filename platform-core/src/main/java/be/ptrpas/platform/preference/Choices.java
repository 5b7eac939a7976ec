package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels a citizen wants for each kind of event. A channel missing from a kind's set is an opt-out for that
 * kind. Until a citizen chooses, every kind goes by e-mail (and so, without a confirmed e-mail address, nowhere but to
 * the letter legally required notices fall back on).
 */
public final class Choices {

    private static final Type STORED =
            new LinkedHashMap<String, List<String>>() {}.getClass().getGenericSuperclass();

    private final Map<EventKind, Set<Channel>> channels;

    private Choices(Map<EventKind, Set<Channel>> channels) {
        this.channels = channels;
    }

    public static Choices defaults() {
        Map<EventKind, Set<Channel>> all = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            all.put(kind, EnumSet.of(Channel.EMAIL));
        }
        return new Choices(all);
    }

    /** The channels chosen for this kind of event (never null). */
    public Set<Channel> of(EventKind kind) {
        return Collections.unmodifiableSet(channels.get(kind));
    }

    /**
     * These choices with the kinds named in the request replaced; kinds it does not name keep their channels. Unknown
     * kinds answer {@code unknown-event-kind}, unknown channels {@code unknown-channel}, each naming the field.
     */
    public Choices with(Map<String, List<String>> requested) {
        if (requested == null) {
            return this;
        }
        Map<EventKind, Set<Channel>> next = copy();
        for (Map.Entry<String, List<String>> entry : requested.entrySet()) {
            String field = "choices." + entry.getKey();
            EventKind kind = EventKind.fromCode(entry.getKey())
                    .orElseThrow(() -> problem(
                            ProblemType.UNKNOWN_EVENT_KIND,
                            field,
                            "'" + entry.getKey() + "' is not a kind of event; use " + EventKind.allCodes()));
            if (entry.getValue() == null) {
                throw ProblemException.invalid(field, "give a list of channels, [] for none");
            }
            if (entry.getValue().size() > Channel.values().length) {
                throw ProblemException.invalid(field, "at most " + Channel.values().length + " channels");
            }
            Set<Channel> chosen = EnumSet.noneOf(Channel.class);
            for (int i = 0; i < entry.getValue().size(); i++) {
                String code = entry.getValue().get(i);
                String at = field + "[" + i + "]";
                chosen.add(Channel.fromCode(code)
                        .orElseThrow(() -> problem(
                                ProblemType.UNKNOWN_CHANNEL,
                                at,
                                "'" + code + "' is not a channel; use " + Channel.allCodes())));
            }
            next.put(kind, chosen);
        }
        return new Choices(next);
    }

    /** As the API shows them: every kind, its channels in a fixed order. */
    public Map<String, List<String>> view() {
        Map<String, List<String>> view = new LinkedHashMap<>();
        channels.forEach((kind, set) ->
                view.put(kind.code(), set.stream().map(Channel::code).toList()));
        return view;
    }

    String stored() {
        return Json.write(view());
    }

    /** Reads stored choices; kinds added to the platform later get the default. */
    static Choices read(String stored) {
        Choices result = defaults();
        if (stored == null || stored.isBlank()) {
            return result;
        }
        Map<String, List<String>> map = Json.read(stored, STORED);
        Map<EventKind, Set<Channel>> next = result.copy();
        map.forEach((kind, codes) -> EventKind.fromCode(kind).ifPresent(k -> {
            Set<Channel> set = EnumSet.noneOf(Channel.class);
            codes.forEach(code -> Channel.fromCode(code).ifPresent(set::add));
            next.put(k, set);
        }));
        return new Choices(next);
    }

    private Map<EventKind, Set<Channel>> copy() {
        Map<EventKind, Set<Channel>> copy = new EnumMap<>(EventKind.class);
        channels.forEach(
                (kind, set) -> copy.put(kind, set.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(set)));
        return copy;
    }

    private static ProblemException problem(ProblemType type, String field, String message) {
        return new ProblemException(type, message, List.of(new FieldError(field, message)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choices that && channels.equals(that.channels);
    }

    @Override
    public int hashCode() {
        return channels.hashCode();
    }

    @Override
    public String toString() {
        return view().toString();
    }
}
