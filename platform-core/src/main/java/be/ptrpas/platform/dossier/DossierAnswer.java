package be.ptrpas.platform.dossier;

import java.util.List;

/**
 * The holder's dossier from every municipality's other system: the items that came, and the sources that did not
 * answer. Both may be empty; a source that fails never removes another's items.
 *
 * @param items      by municipality (NIS code), then newest first
 * @param unreadable by municipality (NIS code)
 */
public record DossierAnswer(List<DossierEntry> items, List<UnreadableSource> unreadable) {

    public DossierAnswer {
        items = List.copyOf(items);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether every configured source answered. */
    public boolean complete() {
        return unreadable.isEmpty();
    }
}
