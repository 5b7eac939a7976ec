package be.ptrpas.platform.pass;

import be.ptrpas.platform.dossier.DossierEntry;
import be.ptrpas.spi.dossier.DossierItem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An item a municipality keeps in another back-office system, as its dossier source told it just now: shown beside
 * the pass's own items, in the same vocabulary, with a link to that system where it gave one.
 */
public record ElsewhereItemView(
        String externalId,
        String kind,
        PassItemView.Municipality municipality,
        String title,
        String issuer,
        String status,
        String money,
        BigDecimal amountDue,
        LocalDate dueDate,
        String structuredReference,
        Instant happenedAt,
        Instant updatedAt,
        URI link) {

    static ElsewhereItemView of(DossierEntry entry, String language) {
        DossierItem item = entry.item();
        String name = entry.municipality().name() == null
                ? entry.municipality().nis()
                : switch (language) {
                    case "fr" ->
                        first(
                                entry.municipality().name().fr(),
                                entry.municipality().name().nl());
                    case "en" ->
                        first(
                                entry.municipality().name().en(),
                                entry.municipality().name().nl());
                    default -> entry.municipality().name().nl();
                };
        return new ElsewhereItemView(
                item.externalId(),
                item.kind().name(),
                new PassItemView.Municipality(entry.municipality().nis(), name),
                item.title().in(language),
                item.issuer(),
                item.status().name(),
                item.moneyState().name().equals("NONE")
                        ? null
                        : item.moneyState().name(),
                BigDecimal.valueOf(item.amountDueCents(), 2),
                item.dueDate(),
                item.structuredReference() == null
                        ? null
                        : item.structuredReference().formatted(),
                item.issuedAt(),
                item.updatedAt(),
                item.link());
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
