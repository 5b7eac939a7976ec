package be.ptrpas.platform.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform exactly as built (the packaged WAR), deployed at "/" like the distribution does. */
public final class PlatformDeployment {

    private PlatformDeployment() {
    }

    public static WebArchive war() {
        ItDatabase.prepare();
        File war = new File(System.getProperty("ptr.it.war", "target/ptr-platform-core.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
