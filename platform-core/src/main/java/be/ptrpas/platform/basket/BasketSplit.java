package be.ptrpas.platform.basket;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.pass.PassStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a basket asks, judged and split: every item must be the holder's, carry money, and have something due now;
 * the items are then grouped into one share per municipality (each paid through that municipality's provider), in
 * the order the citizen listed them. Pure: the items come in, the shares or a problem go out.
 */
final class BasketSplit {

    /** At most this many items in one basket: a citizen's pass has far fewer open at once. */
    static final int MAX_ITEMS = 50;

    private BasketSplit() {}

    /** One municipality's part of the basket: one payment. */
    record Share(String municipality, List<BasketLine> lines) {

        long amountCents() {
            return lines.stream().mapToLong(BasketLine::dueCents).sum();
        }
    }

    /** The ids asked for, checked for shape: at least one, at most {@link #MAX_ITEMS}, each once. */
    static List<String> requested(List<String> ids) {
        Violations v = new Violations();
        if (ids == null || ids.isEmpty()) {
            v.add("items", "a basket holds at least one item of your pass");
            v.throwIfAny();
        }
        if (ids.size() > MAX_ITEMS) {
            v.add("items", "a basket holds at most " + MAX_ITEMS + " items; this one has " + ids.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank() || id.length() > 36) {
                v.add("items[" + i + "]", "is not an item id of your pass");
            } else if (!seen.add(id)) {
                v.add("items[" + i + "]", "lists item " + id + " a second time");
            }
        }
        v.throwIfAny();
        return List.copyOf(ids);
    }

    /**
     * The shares of these items. An id not among the holder's items is 404, worded as for an item that does not exist
     * (a foreign id reveals nothing); an item without money, in dispute or with the collector is 422; one paid, being
     * refunded, cancelled or with nothing due is 409. The first offending item, in the basket's order, is named.
     */
    static List<Share> split(List<String> ids, List<BasketLine> found) {
        Map<String, BasketLine> byId =
                found.stream().collect(Collectors.toMap(BasketLine::passItemId, Function.identity(), (a, b) -> a));
        Map<String, List<BasketLine>> shares = new LinkedHashMap<>();
        for (String id : ids) {
            BasketLine line = byId.get(id);
            if (line == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "Your pass has no item " + id + ".");
            }
            judge(line);
            shares.computeIfAbsent(line.municipality(), nis -> new ArrayList<>())
                    .add(line);
        }
        return shares.entrySet().stream()
                .map(e -> new Share(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private static void judge(BasketLine line) {
        String id = line.passItemId();
        if (line.municipality() == null
                || line.amountCents() == null
                || line.money() == null
                || line.structuredReference() == null) {
            throw new ProblemException(
                    ProblemType.BASKET_ITEM_NOT_PAYABLE,
                    "Item " + id + " (" + line.kind().name().toLowerCase().replace('_', ' ')
                            + ") carries no amount to pay through the pass.");
        }
        switch (line.money()) {
            case IN_DISPUTE ->
                throw new ProblemException(
                        ProblemType.BASKET_ITEM_NOT_PAYABLE,
                        "Item " + id + " is in dispute: it is paid, if at all, once the dispute is decided.");
            case HANDED_TO_COLLECTION ->
                throw new ProblemException(
                        ProblemType.BASKET_ITEM_NOT_PAYABLE,
                        "Item " + id + " was handed to the collector: pay the collector as their letter says.");
            case PARTLY_PAID ->
                // A payment settles an item for what it paid, not on top of earlier transfers: the rest goes by
                // transfer with the item's structured reference, which adds to what it received.
                throw new ProblemException(
                        ProblemType.BASKET_ITEM_NOT_PAYABLE,
                        "Item " + id + " is partly paid by bank transfer: transfer the rest with its structured"
                                + " reference.");
            case PAID, REFUND_PENDING, REFUNDED, CANCELLED ->
                throw new ProblemException(
                        ProblemType.BASKET_ITEM_PAID,
                        "Item " + id + " is "
                                + line.money().name().toLowerCase().replace('_', ' ') + ": there is nothing to pay.");
            case OPEN, REMINDER_SENT -> {}
        }
        if (line.status() == PassStatus.CANCELLED || line.dueCents() <= 0) {
            throw new ProblemException(
                    ProblemType.BASKET_ITEM_PAID, "Item " + id + " has nothing due: there is nothing to pay.");
        }
    }
}
