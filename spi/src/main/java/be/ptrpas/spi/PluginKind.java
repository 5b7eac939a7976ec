package be.ptrpas.spi;

/** The extension points a municipality can fill with a vendor's plug-in. */
public enum PluginKind {
    PAYMENT_PROVIDER,
    MESSAGE_CHANNEL,
    ENFORCEMENT_VENDOR,
    PERSON_REGISTER,
    VEHICLE_REGISTER,
    ENTERPRISE_REGISTER,
    SECOND_RESIDENCE_REGISTER,
    CITIZEN_PORTAL_PUBLISHER,
    /** A municipality's other back-office system, read for the citizen's pass (SPI 1.2). */
    DOSSIER_SOURCE
}
