package be.ptrpas.platform.enforcement.rights;

/** The records that keep rights in the registry in step with themselves. */
public enum RightSource {
    PARKING_SESSION,
    IOD_PERMIT,
    PERMIT
}
