package be.ptrpas.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The access rule of one resource method, from the standard annotations: the method's own annotation wins over the
 * class's. A method with none at all is denied: forgetting an annotation must never open an endpoint.
 */
public record AccessRule(Kind kind, Set<String> roles) {

    public enum Kind {
        PUBLIC,
        ROLES,
        DENIED
    }

    public static AccessRule of(Method method, Class<?> resourceClass) {
        AccessRule own = fromAnnotations(
                method.getAnnotation(DenyAll.class),
                method.getAnnotation(PermitAll.class),
                method.getAnnotation(RolesAllowed.class));
        if (own != null) {
            return own;
        }
        AccessRule inherited = fromAnnotations(
                resourceClass.getAnnotation(DenyAll.class),
                resourceClass.getAnnotation(PermitAll.class),
                resourceClass.getAnnotation(RolesAllowed.class));
        return inherited != null ? inherited : new AccessRule(Kind.DENIED, Set.of());
    }

    private static AccessRule fromAnnotations(DenyAll deny, PermitAll permit, RolesAllowed roles) {
        if (deny != null) {
            return new AccessRule(Kind.DENIED, Set.of());
        }
        if (roles != null) {
            return new AccessRule(Kind.ROLES, Set.of(roles.value()));
        }
        if (permit != null) {
            return new AccessRule(Kind.PUBLIC, Set.of());
        }
        return null;
    }
}
