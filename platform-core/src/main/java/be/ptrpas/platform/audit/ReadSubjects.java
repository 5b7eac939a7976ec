package be.ptrpas.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose personal data this request's answer discloses, noted by the feature that reads it as the person's (or
 * company's) keyed hash, the pass's holder key. {@link ReadAuditFilter} writes one read record per subject noted, so
 * the citizen's access log ({@link SubjectReadLog}) can list every read of their data without the audit storing a
 * national number. A read that notes nobody is recorded once, as before, without a subject.
 */
@RequestScoped
public class ReadSubjects {

    /** At most this many subjects are recorded for one answer (a list page is bounded by its page size anyway). */
    static final int MAX = 1_000;

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Set<String> keys = new LinkedHashSet<>();

    /** Notes a subject of the answer by their holder key (64 hex characters); repeated keys count once. */
    public void note(String holderKey) {
        if (holderKey == null || !KEY.matcher(holderKey).matches()) {
            throw new IllegalArgumentException("a read's subject is a holder key (64 hex characters)");
        }
        if (keys.size() < MAX) {
            keys.add(holderKey);
        }
    }

    List<String> noted() {
        return List.copyOf(keys);
    }
}
