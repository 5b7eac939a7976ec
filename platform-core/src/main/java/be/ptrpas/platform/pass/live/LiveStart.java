package be.ptrpas.platform.pass.live;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Starts this instance's listener for pass changes once the database is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class LiveStart {

    @Inject
    LiveChangeListener listener;

    @PostConstruct
    void start() {
        listener.start();
    }
}
