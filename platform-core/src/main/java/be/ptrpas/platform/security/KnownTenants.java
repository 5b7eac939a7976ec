package be.ptrpas.platform.security;

/**
 * Whether a municipality with this NIS code exists. Asked by {@link AccessControlFilter} for every path with a
 * municipality; implemented by the tenant feature, which owns the municipalities (so security does not depend on it).
 */
public interface KnownTenants {

    boolean exists(String nisCode);
}
