package be.ptrpas.platform.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** An integration test class against the platform exactly as built ({@link PlatformDeployment#war()}), nothing added. */
public abstract class DeployedPlatform extends PlatformClient {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }
}
