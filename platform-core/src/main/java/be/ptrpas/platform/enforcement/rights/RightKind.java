package be.ptrpas.platform.enforcement.rights;

/**
 * Every kind of right to park that can land in the registry. PARKING_DISC is a free digital parking disc in a blue
 * zone, registered by a parking operator's app as a session.
 */
public enum RightKind {
    RESIDENT_PERMIT,
    EMPLOYEE_PERMIT,
    BUSINESS_PERMIT,
    CAREGIVER_PERMIT,
    SECOND_RESIDENCE_PERMIT,
    VISITOR,
    WHITELIST,
    EXEMPTION,
    PAID_SESSION,
    IOD,
    DISABLED_CARD,
    PARKING_DISC
}
