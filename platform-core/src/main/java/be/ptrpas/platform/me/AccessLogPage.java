package be.ptrpas.platform.me;

import be.ptrpas.platform.pass.PassItemView;
import java.time.Instant;
import java.util.List;

/**
 * One page of a citizen's access log: who read their personal data, where, when, why and what, newest first.
 *
 * @param next the cursor of the next page, or null on the last one
 */
public record AccessLogPage(List<Entry> items, String next) {

    /**
     * One read of the citizen's data.
     *
     * @param municipality whose staff or system read it; null for the platform's own (the citizen, the operator, the
     *     portal, a platform-wide register)
     * @param who the reader's role or service ({@code you}, {@code co-manager}, {@code clerk}, {@code warden},
     *     {@code official}, {@code admin}, {@code iod-system}, {@code parking-operator}, {@code mijn-burgerprofiel},
     *     {@code platform}) — never a member of staff's own identity: the municipality, as controller, names them on
     *     request
     * @param purpose why: the purpose the reader stated (a case number, ...) or the one their role serves
     * @param purposeStated whether the reader stated the purpose themselves
     * @param what what was read (the audit's name of the resource: {@code pass}, {@code pass-item},
     *     {@code gas-fine}, {@code iod-permit}, {@code certificates}, {@code access-log}, {@code data-export}, ...)
     * @param itemId the one item read, or null for a list
     */
    public record Entry(
            Instant at,
            PassItemView.Municipality municipality,
            String who,
            String purpose,
            boolean purposeStated,
            String what,
            String itemId) {}
}
