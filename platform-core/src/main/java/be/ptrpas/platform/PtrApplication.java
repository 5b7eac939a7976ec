package be.ptrpas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. MP-JWT is switched on here; the class needs a scope annotation because Payara only activates
 * MP-JWT on a CDI-managed application class (otherwise the deployment fails silently).
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
@OpenAPIDefinition(
        info =
                @Info(
                        title = "PTR-pas platform API",
                        version = "v1",
                        description =
                                "Tenant configuration, public information and (later) permits, enforcement and the citizen pass "
                                        + "for Flemish municipalities. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PtrApplication extends Application {}
