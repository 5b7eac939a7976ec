package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.dossier.DossierProbeServlet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dossier sources on the real platform (PostgreSQL): the reference plug-in {@code dossier-file} in the catalog, its
 * settings checked on save, Genk and Antwerpen serving fixture files, Hasselt's file broken after it was accepted.
 * There is no pass endpoint yet: the test-only servlet {@code /it/dossier} calls the dossier service the pass will
 * call.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierSourceIT extends PlatformClient {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String HASSELT = "71022";
    static final String CITIZEN = "85073003328";
    static final String COMPANY = "0207183486";
    static final String STRANGER = "90022500186";

    static Path files;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war().addClasses(DossierProbeServlet.class);
    }

    @BeforeAll
    static void fixtures() throws IOException {
        files = Files.createTempDirectory("ptr-it-dossier");
        for (String name : List.of("genk.json", "antwerpen.json", "hasselt.json")) {
            try (InputStream in = DossierSourceIT.class.getResourceAsStream("/it-dossier/" + name)) {
                Files.copy(in, files.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(files.resolve("broken.json"), "{\"holders\": {\"85073003329\": []}}");
    }

    @Test
    @Order(1)
    void theCatalogListsTheDossierFilePlugin() {
        Api.Reply catalog = api.get("/api/v1/plugins", ItTokens.operator());
        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);
        assertThat(catalog.json().getString("spiVersion")).isEqualTo("1.2");
        JsonObject plugin = catalog.json().getJsonArray("plugins").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("dossier-file"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dossier-file is not in the catalog: " + catalog));
        assertThat(plugin.getString("kind")).isEqualTo("DOSSIER_SOURCE");
        assertThat(plugin.getString("source")).isEqualTo("bundled");
        assertThat(plugin.getString("spiVersion")).isEqualTo("1.2");
        assertThat(plugin.getJsonArray("slots").getString(0)).isEqualTo("dossier-source");
        assertThat(plugin.getJsonArray("configProperties").getJsonObject(0).getString("name"))
                .isEqualTo("file");
    }

    @Test
    @Order(2)
    void aFileThePassCannotShowIsRefusedWhenSaved() {
        Api.Reply refused = configure(GENK, files.resolve("broken.json"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("config.file", "holder #1").doesNotContain("85073003329");
        Api.Reply notJson = configure(GENK, Path.of("/etc/passwd"));
        assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);
        assertThat(notJson.body()).contains("config.file", ".json").doesNotContain("root:");
        Api.Reply otherSlot = api.put(
                "/api/v1/tenants/" + GENK + "/plugins/person-register",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "dossier-file")
                        .add(
                                "config",
                                Json.createObjectBuilder()
                                        .add("file", files.resolve("genk.json").toString()))
                        .build());
        assertThat(otherSlot.status()).as(otherSlot.toString()).isEqualTo(400);
        assertThat(otherSlot.body()).contains("DOSSIER_SOURCE");
    }

    @Test
    @Order(3)
    void threeMunicipalitiesChooseTheirSource() {
        for (Map.Entry<String, String> choice : Map.of(
                        GENK, "genk.json", ANTWERPEN, "antwerpen.json", HASSELT, "hasselt.json")
                .entrySet()) {
            Api.Reply saved = configure(choice.getKey(), files.resolve(choice.getValue()));
            assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
        }
        // All three answer (the providers are created now, from files that are valid).
        assertThat(items(dossier(CITIZEN)))
                .containsExactly(
                        ANTWERPEN + " ANT-GAS-12 GAS_FINE 5800",
                        GENK + " GNK-RET-1 RETRIBUTION 3500",
                        GENK + " GNK-PRM-7 PERMIT 0",
                        HASSELT + " HAS-1 OTHER 0");
        // Hasselt's export is then replaced by a broken one: its calls fail from now on.
        writeBroken(files.resolve("hasselt.json"));
    }

    @Test
    @Order(4)
    void theCitizenGetsTheItemsOfEveryWorkingSourceAndHearsWhichFailed() {
        JsonObject answer = dossier(CITIZEN);
        assertThat(items(answer))
                .containsExactly(
                        ANTWERPEN + " ANT-GAS-12 GAS_FINE 5800",
                        GENK + " GNK-RET-1 RETRIBUTION 3500",
                        GENK + " GNK-PRM-7 PERMIT 0");
        assertThat(unreadable(answer)).containsExactly(HASSELT + " dossier-source dossier-file FAILING");
        assertThat(answer.getJsonArray("items").getJsonObject(0).getString("municipality"))
                .isEqualTo("Antwerpen");
    }

    @Test
    @Order(5)
    void aCompanyAndAStrangerGetTheirOwnAnswer() {
        assertThat(items(dossier(COMPANY))).containsExactly(ANTWERPEN + " ANT-IOD-3 IOD_PERMIT 0");
        JsonObject stranger = dossier(STRANGER);
        assertThat(items(stranger)).isEmpty();
        assertThat(unreadable(stranger)).containsExactly(HASSELT + " dossier-source dossier-file FAILING");
    }

    @Test
    @Order(6)
    void aSourceThatKeepsFailingIsPausedAndTheAdminSeesIt() {
        // Three failed calls so far; the breaker opens at five in a row (ptr.plugins.breaker.failures).
        for (int failures = 4; failures <= 5; failures++) {
            assertThat(unreadable(dossier(CITIZEN))).containsExactly(HASSELT + " dossier-source dossier-file FAILING");
        }
        JsonObject paused = dossier(CITIZEN);
        assertThat(unreadable(paused)).containsExactly(HASSELT + " dossier-source dossier-file CIRCUIT_OPEN");
        assertThat(items(paused)).hasSize(3);

        Api.Reply status = api.get("/api/v1/tenants/" + HASSELT + "/plugin-status", ItTokens.valid("admin", HASSELT));
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(status.json().getJsonArray("slots").getValuesAs(JsonObject.class))
                .anySatisfy(slot -> {
                    assertThat(slot.getString("slot")).isEqualTo("dossier-source");
                    assertThat(slot.getString("circuit")).isEqualTo("OPEN");
                });
        assertThat(status.json().getJsonArray("recentFailures").getValuesAs(JsonObject.class))
                .anySatisfy(failure -> {
                    assertThat(failure.getString("slot")).isEqualTo("dossier-source");
                    assertThat(failure.getString("operation")).isEqualTo("dossier-items");
                })
                .allSatisfy(failure -> assertThat(failure.toString()).doesNotContain(CITIZEN));
        // Genk's admin sees nothing of Hasselt's failures.
        Api.Reply genk = api.get("/api/v1/tenants/" + GENK + "/plugin-status", ItTokens.valid("admin", GENK));
        assertThat(genk.json().getJsonArray("recentFailures").getValuesAs(JsonObject.class))
                .noneSatisfy(failure -> assertThat(failure.getString("slot")).isEqualTo("dossier-source"));
    }

    @Test
    @Order(7)
    void aSourceSwitchedOffIsNoLongerAsked() {
        Api.Reply removed = api.delete("/api/v1/tenants/" + GENK + "/plugins/dossier-source", ItTokens.operator());
        assertThat(removed.status()).as(removed.toString()).isIn(200, 204);
        assertThat(items(dossier(CITIZEN))).containsExactly(ANTWERPEN + " ANT-GAS-12 GAS_FINE 5800");
    }

    Api.Reply configure(String nis, Path file) {
        return api.put(
                "/api/v1/tenants/" + nis + "/plugins/dossier-source",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "dossier-file")
                        .add("config", Json.createObjectBuilder().add("file", file.toString()))
                        .build());
    }

    JsonObject dossier(String holder) {
        Api.Reply reply = api.get(DossierProbeServlet.PATH + "?holder=" + holder, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static List<String> items(JsonObject answer) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("nis") + " " + item.getString("id") + " " + item.getString("kind") + " "
                        + item.getJsonNumber("amountDueCents").longValue())
                .toList();
    }

    static List<String> unreadable(JsonObject answer) {
        return answer.getJsonArray("unreadable").getValuesAs(JsonObject.class).stream()
                .map(source -> source.getString("nis") + " " + source.getString("slot") + " "
                        + source.getString("pluginId") + " " + source.getString("reason"))
                .toList();
    }

    static void writeBroken(Path file) {
        try {
            Files.writeString(file, "{\"holders\": [");
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
