package be.ptrpas.platform.background;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Starts the {@link BackgroundLoop} once the database is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class BackgroundWorker {

    @Inject
    BackgroundLoop loop;

    @PostConstruct
    void start() {
        loop.start();
    }
}
