package be.ptrpas.platform.me;

import be.ptrpas.platform.audit.SubjectReadLog;
import be.ptrpas.platform.pass.MunicipalityNames;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The citizen's access log (access transparency): every recorded read of the personal data of a holder — the person,
 * or a company they act for — in every municipality, from the read audit ({@link SubjectReadLog}). Readers are shown
 * by role or service, never by their own identity; the citizen's own reads say {@code you}.
 */
@RequestScoped
public class AccessLog {

    public static final int MAX_PAGE = 100;

    private static final Map<String, String> WHO = Map.of(
            Roles.CLERK, "clerk",
            Roles.WARDEN, "warden",
            Roles.OFFICIAL, "official",
            Roles.ADMIN, "admin",
            Roles.IOD_SYSTEM, "iod-system",
            Roles.PARKING_OPERATOR, "parking-operator",
            Roles.PORTAL, "mijn-burgerprofiel",
            Roles.OPERATOR, "platform");

    @Inject
    SubjectReadLog reads;

    @Inject
    PassHolders holders;

    @Inject
    MunicipalityNames names;

    @Inject
    Caller caller;

    public AccessLogPage page(PassHolder holder, String cursor, int limit, String language) {
        SubjectReadLog.Page page = reads.page(holders.keyOf(holder), cursor, limit);
        return new AccessLogPage(
                page.entries().stream().map(e -> entry(e, language)).toList(), page.next());
    }

    /** The whole log, newest first, at most {@code max} entries; empty when there are more (too large to export). */
    public Optional<List<AccessLogPage.Entry>> everything(PassHolder holder, int max, String language) {
        SubjectReadLog.Page page = reads.page(holders.keyOf(holder), null, max);
        return page.next() != null
                ? Optional.empty()
                : Optional.of(
                        page.entries().stream().map(e -> entry(e, language)).toList());
    }

    private AccessLogPage.Entry entry(SubjectReadLog.Entry read, String language) {
        return new AccessLogPage.Entry(
                read.at(),
                read.municipality() == null ? null : names.of(read.municipality(), language),
                who(read),
                read.purpose(),
                read.purposeStated(),
                read.resource(),
                read.resourceId());
    }

    private String who(SubjectReadLog.Entry read) {
        if (Roles.CITIZEN.equals(read.actorRole())) {
            // Another manager of the same company is a citizen too; only this caller's own reads are "you".
            return read.actor().equals(caller.auditActor()) ? "you" : "co-manager";
        }
        return WHO.getOrDefault(read.actorRole(), "platform");
    }
}
