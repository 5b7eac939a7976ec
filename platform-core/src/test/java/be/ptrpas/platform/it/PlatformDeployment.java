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

    private PlatformDeployment() {}

    public static WebArchive war() {
        // Called from the test class's own @Deployment method, once per class before its Payara starts.
        ItDatabase.freshSchemaFor(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass());
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
