package be.ptrpas.platform.security;

import java.util.Set;

/** The roles of the platform, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String CLERK = "clerk";
    public static final String ADMIN = "admin";
    public static final String WARDEN = "warden";
    /** The municipality's sanctioning official (sanctionerend ambtenaar): decides on GAS fines. */
    public static final String OFFICIAL = "official";

    public static final String OPERATOR = "operator";
    /** A municipality's own IOD back-office system, registering occupation permits through the API. */
    public static final String IOD_SYSTEM = "iod-system";
    /**
     * An app or SMS parking operator (a plug-in or an API client with its own credential) that starts, extends and
     * stops paid sessions. Not bound to one municipality: it serves every municipality that has admitted it (named by
     * the token's operator claim), and its token carries no other role.
     */
    public static final String PARKING_OPERATOR = "parking-operator";

    /**
     * The Mijn Burgerprofiel portal's API client (the Flemish citizen portal's back end), which reads a person's
     * certificates for the portal's "Attesten en toelatingen" tab; which client ids may use it is configuration
     * ({@code ptr.burgerprofiel.client-ids}).
     */
    public static final String PORTAL = "burgerprofiel";

    /** Roles that belong to exactly one municipality, named by the token's tenant claim. */
    public static final Set<String> TENANT_BOUND = Set.of(CLERK, ADMIN, WARDEN, OFFICIAL, IOD_SYSTEM);

    public static final Set<String> ALL =
            Set.of(CITIZEN, CLERK, ADMIN, WARDEN, OFFICIAL, OPERATOR, IOD_SYSTEM, PARKING_OPERATOR, PORTAL);

    private Roles() {}
}
