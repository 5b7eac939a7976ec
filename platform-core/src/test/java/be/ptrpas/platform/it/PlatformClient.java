package be.ptrpas.platform.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every integration test class shares: Arquillian runs it as a client of a deployed platform, and each test
 * starts with an {@link Api} pointed at that deployment. A class whose deployment is the plain platform extends
 * {@link DeployedPlatform}; one that needs something added to the WAR extends this class and declares its own
 * {@code @Deployment} built on {@link PlatformDeployment#war()} (Arquillian looks for {@code @Deployment} methods in
 * the class and its superclasses, so there must be exactly one in the chain).
 */
@ExtendWith({PlatformClient.RecordTestClass.class, ArquillianExtension.class})
@RunAsClient
public abstract class PlatformClient {

    @ArquillianResource
    protected URL deployment;

    protected Api api;

    @BeforeEach
    final void connect() {
        api = new Api(deployment);
    }

    /**
     * Tells {@link PlatformDeployment} which class is about to deploy, before Arquillian's own callback (registered
     * after this one) asks for the deployment: a static {@code @Deployment} method inherited from a base class cannot
     * know the class it serves, and each class gets a database schema named after it.
     */
    static final class RecordTestClass implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            PlatformDeployment.deploying(context.getRequiredTestClass());
        }
    }
}
