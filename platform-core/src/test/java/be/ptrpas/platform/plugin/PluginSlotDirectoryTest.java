package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.testsupport.ManualClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who uses a slot, across municipalities, in one query, on the real changelog (H2). */
class PluginSlotDirectoryTest {

    Connection keepAlive;
    EntityManagerFactory emf;
    EntityManager em;

    @BeforeEach
    void migrate() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        String url = "jdbc:h2:mem:slots-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(migration);
        }
        try (Statement sql = keepAlive.createStatement()) {
            tenant(sql, "44021", "Gent", "Gand", "ACTIVE");
            tenant(sql, "71016", "Genk", null, "ACTIVE");
            tenant(sql, "11002", "Antwerpen", "Anvers", "ACTIVE");
            tenant(sql, "72003", "Bocholt", null, "SUSPENDED");
        }
        emf = Persistence.createEntityManagerFactory(
                "ptr-se-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", ""));
        em = emf.createEntityManager();
    }

    @AfterEach
    void drop() throws Exception {
        em.close();
        emf.close();
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    static void tenant(Statement sql, String nis, String nl, String fr, String status) throws Exception {
        sql.execute("insert into tenant (nis_code, name_nl, name_fr, languages, business_model, retribution_issuer, "
                + "collector, enforcer, status, version, created_at, updated_at) values ('" + nis + "', '" + nl
                + "', " + (fr == null ? "null" : "'" + fr + "'") + ", 'nl', 'IN_HOUSE', 'MUNICIPALITY', "
                + "'MUNICIPALITY', 'MUNICIPALITY', '" + status + "', 0, current_timestamp, current_timestamp)");
    }

    void use(String nis, PluginSlot slot, String providerId, boolean enabled) {
        em.getTransaction().begin();
        PluginSlotUse use = new PluginSlotUse(nis, slot);
        use.apply(providerId, enabled);
        em.persist(use);
        em.getTransaction().commit();
    }

    @Test
    void listsTheActiveMunicipalitiesWithTheSlotEnabled() {
        use("44021", PluginSlot.DOSSIER_SOURCE, "dossier-file", true);
        use("11002", PluginSlot.DOSSIER_SOURCE, "dossier-acme", true);
        use("71016", PluginSlot.DOSSIER_SOURCE, "dossier-file", false); // switched off
        use("71016", PluginSlot.PAYMENT, "payment-sandbox", true); // another slot
        use("72003", PluginSlot.DOSSIER_SOURCE, "dossier-file", true); // suspended municipality

        PluginSlotDirectory directory = directory(new ManualClock(Instant.parse("2026-12-08T10:00:00Z")));
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE))
                .extracting(user ->
                        user.nis() + " " + user.name().nl() + "/" + user.name().fr() + " " + user.providerId())
                .containsExactly("11002 Antwerpen/Anvers dossier-acme", "44021 Gent/Gand dossier-file");
        assertThat(directory.using(PluginSlot.PAYMENT))
                .extracting(PluginSlotDirectory.SlotUser::nis)
                .containsExactly("71016");
        assertThat(directory.using(PluginSlot.SMS)).isEmpty();
    }

    @Test
    void keepsTheAnswerForItsAgeAndDropsItWhenAPluginChangesHere() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-08T10:00:00Z"));
        PluginSlotDirectory directory = directory(clock);
        use("44021", PluginSlot.DOSSIER_SOURCE, "dossier-file", true);
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE)).hasSize(1);

        use("11002", PluginSlot.DOSSIER_SOURCE, "dossier-acme", true);
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE))
                .as("kept: the pass asks on every first page")
                .hasSize(1);
        directory.settingChanged(new PluginSettingChanged("11002", PluginSlot.DOSSIER_SOURCE));
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE))
                .as("a change on this instance shows at once")
                .hasSize(2);

        use("71016", PluginSlot.DOSSIER_SOURCE, "dossier-file", true); // changed elsewhere: no event here
        clock.now = clock.now.plusMillis(10_000);
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE)).hasSize(2);
        clock.now = clock.now.plusMillis(1);
        assertThat(directory.using(PluginSlot.DOSSIER_SOURCE))
                .as("a change on another instance shows within the copy's age")
                .hasSize(3);
    }

    private PluginSlotDirectory directory(ManualClock clock) {
        PluginSlotDirectory directory = new PluginSlotDirectory();
        directory.em = em;
        directory.clock = clock;
        directory.maxAgeMillis = 10_000;
        return directory;
    }

    @Test
    void aSlotIsUsedOncePerMunicipality() {
        use("44021", PluginSlot.DOSSIER_SOURCE, "dossier-file", true);
        em.getTransaction().begin();
        PluginSlotUse again = new PluginSlotUse("44021", PluginSlot.DOSSIER_SOURCE);
        again.apply("dossier-acme", true);
        assertThat(em.find(PluginSlotUse.class, PluginSlotUse.key("44021", PluginSlot.DOSSIER_SOURCE)))
                .as("one row per municipality and slot, found by its key")
                .isNotNull();
        em.getTransaction().rollback();
    }
}
