package be.ptrpas.platform.pass;

import java.util.List;

/**
 * One page of a pass.
 *
 * @param items newest first
 * @param next the cursor of the next page, or null on the last one
 * @param holder whose pass it is: "person", or the company number in company mode
 * @param elsewhere on the first page: the items municipalities keep in other back-office systems (their dossier
 *     sources), asked just now, filtered like the rest
 * @param unreadable on the first page: the municipalities whose other system could not be read, so some items may be
 *     missing
 */
public record PassPage(
        List<PassItemView> items,
        String next,
        String holder,
        List<ElsewhereItemView> elsewhere,
        List<UnreadableSourceView> unreadable) {

    PassPage withElsewhere(List<ElsewhereItemView> found, List<UnreadableSourceView> notRead) {
        return new PassPage(items, next, holder, found, notRead);
    }
}
