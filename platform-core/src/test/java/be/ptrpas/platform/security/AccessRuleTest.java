package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.security.AccessRule.Kind;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    @RolesAllowed(Roles.ADMIN)
    static class AdminResource {
        public void inherits() {}

        @PermitAll
        public void publicInfo() {}

        @RolesAllowed({Roles.CLERK, Roles.WARDEN})
        public void clerksAndWardens() {}

        @DenyAll
        public void closed() {}
    }

    @PermitAll
    static class PublicResource {
        public void inherits() {}

        @RolesAllowed(Roles.OPERATOR)
        public void operatorOnly() {}
    }

    @DenyAll
    static class ClosedResource {
        public void inherits() {}

        @PermitAll
        public void openedOnPurpose() {}
    }

    static class ForgottenResource {
        public void forgotten() {}
    }

    static class ConfusedResource {
        @DenyAll
        @PermitAll
        @RolesAllowed(Roles.ADMIN)
        public void everything() {}

        @PermitAll
        @RolesAllowed(Roles.ADMIN)
        public void rolesAndPublic() {}
    }

    static AccessRule rule(Class<?> resource, String method) throws NoSuchMethodException {
        Method m = resource.getMethod(method);
        return AccessRule.of(m, resource);
    }

    @Test
    void theMethodsAnnotationWinsOverTheClasss() throws Exception {
        assertThat(rule(AdminResource.class, "publicInfo")).isEqualTo(new AccessRule(Kind.PUBLIC, Set.of()));
        assertThat(rule(AdminResource.class, "clerksAndWardens"))
                .isEqualTo(new AccessRule(Kind.ROLES, Set.of(Roles.CLERK, Roles.WARDEN)));
        assertThat(rule(PublicResource.class, "operatorOnly"))
                .isEqualTo(new AccessRule(Kind.ROLES, Set.of(Roles.OPERATOR)));
        assertThat(rule(ClosedResource.class, "openedOnPurpose")).isEqualTo(new AccessRule(Kind.PUBLIC, Set.of()));
    }

    @Test
    void withoutItsOwnAnnotationAMethodFollowsTheClass() throws Exception {
        assertThat(rule(AdminResource.class, "inherits")).isEqualTo(new AccessRule(Kind.ROLES, Set.of(Roles.ADMIN)));
        assertThat(rule(PublicResource.class, "inherits")).isEqualTo(new AccessRule(Kind.PUBLIC, Set.of()));
        assertThat(rule(ClosedResource.class, "inherits")).isEqualTo(new AccessRule(Kind.DENIED, Set.of()));
    }

    @Test
    void noAnnotationAnywhereIsDenied() throws Exception {
        assertThat(rule(ForgottenResource.class, "forgotten")).isEqualTo(new AccessRule(Kind.DENIED, Set.of()));
    }

    @Test
    void denyAllOnAMethodDeniesEvenInAnAdminResource() throws Exception {
        assertThat(rule(AdminResource.class, "closed").kind()).isEqualTo(Kind.DENIED);
        assertThat(rule(AdminResource.class, "closed").roles()).isEmpty();
    }

    @Test
    void permitAllMakesAMethodPublic() throws Exception {
        AccessRule rule = rule(PublicResource.class, "inherits");
        assertThat(rule.kind()).isEqualTo(Kind.PUBLIC);
        assertThat(rule.roles()).isEmpty();
    }

    @Test
    void conflictingAnnotationsResolveToTheStricterRule() throws Exception {
        assertThat(rule(ConfusedResource.class, "everything").kind()).isEqualTo(Kind.DENIED);
        assertThat(rule(ConfusedResource.class, "rolesAndPublic"))
                .isEqualTo(new AccessRule(Kind.ROLES, Set.of(Roles.ADMIN)));
    }
}
