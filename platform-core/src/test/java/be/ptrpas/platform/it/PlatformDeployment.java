package be.ptrpas.platform.it;

import be.ptrpas.platform.it.clock.ClockServlet;
import be.ptrpas.platform.it.clock.MovableClock;
import be.ptrpas.platform.it.clock.MovableClockProducer;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The platform exactly as built (the packaged WAR), deployed at "/" like the distribution does, plus the movable clock
 * ({@code it.clock}); each test class gets a fresh schema of its own ({@link ItDatabase#freshSchemaFor}).
 */
public final class PlatformDeployment {

    private static Class<?> deploying;

    private PlatformDeployment() {}

    /** Called by {@link PlatformClient} before Arquillian deploys for {@code testClass}. */
    static synchronized void deploying(Class<?> testClass) {
        deploying = testClass;
    }

    public static synchronized WebArchive war() {
        // Called from the @Deployment method, once per class before its Payara starts.
        if (deploying == null) {
            throw new IllegalStateException("An integration test class extends PlatformClient (or DeployedPlatform)");
        }
        ItDatabase.freshSchemaFor(deploying);
        File war = new File(System.getProperty("ptr.it.war", "target/ptr-platform-core.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(MovableClock.class, MovableClockProducer.class, ClockServlet.class);
    }
}
