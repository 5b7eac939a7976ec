package be.ptrpas.plugins.dossier.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierKind;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import be.ptrpas.spi.dossier.MoneyState;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierFileTest {

    static final DossierHolder PERSON = DossierHolder.person(NationalNumber.require("85073003328"));
    static final DossierHolder COMPANY = DossierHolder.company(CompanyNumber.require("0207183486"));
    static final String ITEM = """
            {"id": "A-1", "kind": "OTHER", "title": "Iets", "language": "nl", "status": "RECEIVED",
             "issuedAt": "2026-11-02T09:00:00Z", "issuer": "Gemeente"}""";

    final DossierFileFactory factory = new DossierFileFactory();

    @Test
    void readsEveryFieldAndEverySpellingOfAHolder() {
        DossierSourceProvider source = source(DossierFiles.copyOf("dossier-gent.json"));
        List<DossierItem> items = source.items(PERSON);
        assertThat(items).extracting(DossierItem::externalId).containsExactly("RET-2026-0042", "GAS-2026-7", "PRM-88");
        DossierItem retribution = items.get(0);
        assertThat(retribution.amountDueCents()).isEqualTo(2500);
        assertThat(retribution.structuredReference()).isEqualTo(StructuredReference.of(909337554));
        assertThat(retribution.dueDate()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(retribution.link()).hasToString("https://backoffice.gent.example/retributies/RET-2026-0042");
        DossierItem fine = items.get(1);
        assertThat(fine.kind()).as("kind written with a dash, lower case").isEqualTo(DossierKind.GAS_FINE);
        assertThat(fine.updatedAt()).as("no updatedAt: issuedAt").isEqualTo(Instant.parse("2026-10-12T14:30:00Z"));
        assertThat(fine.title().in("fr")).isEqualTo("Fout parkeren op een voetpad");
        assertThat(items.get(2).moneyState()).as("no money state: none").isEqualTo(MoneyState.NONE);
        assertThat(source.items(COMPANY)).extracting(DossierItem::externalId).containsExactly("IOD-2026-3");
        assertThat(source.items(DossierHolder.person(NationalNumber.require("75010112371"))))
                .isEmpty();
    }

    @Test
    void refusesABadFileWithAMessageThatSaysWhereButNotWhat() {
        assertThat(issues(DossierFiles.write(
                        "{\"holders\": {\"85073003328\": [" + ITEM.replace("\"A-1\"", "\"\"") + "]}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("holder #1, item #1", "externalId");
        assertThat(issues(DossierFiles.write("{\"holders\": {\"85073003329\": []}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("holder #1", "national number")
                .doesNotContain("85073003329");
        assertThat(issues(DossierFiles.write("{\"holders\": {\"85073003328\": [" + ITEM + "," + ITEM + "]}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("item #2", "repeats the id");
        assertThat(issues(DossierFiles.write(
                        "{\"holders\": {\"85073003328\": [" + ITEM + "]," + " \"85.07.30-033.28\": []}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("already named");
        assertThat(issues(DossierFiles.write("{\"holders\": {\"85073003328\": ["
                        + ITEM.replace("\"issuer\"", "\"amountDueCents\": -5, \"issuer\"") + "]}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("amountDueCents cannot be negative");
        assertThat(issues(DossierFiles.write("{\"holders\": {\"85073003328\": ["
                        + ITEM.replace("\"issuer\"", "\"link\": \"http://insecure.example/x\", \"issuer\"") + "]}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("https");
        assertThat(issues(DossierFiles.write("{\"holders\": {\"85073003328\": ["
                        + ITEM.replace("\"issuer\"", "\"secretField\": 1, \"issuer\"") + "]}}")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("unknown field 'secretField'");
        assertThat(issues(DossierFiles.write("root:x:0:0:root:/root:/bin/bash")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("not a JSON object")
                .doesNotContain("root:x");
    }

    @Test
    void refusesAPathThatIsNoJsonFileOrNotThere() {
        assertThat(factory.validate(Map.of("file", "/etc/passwd")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains(".json");
        assertThat(factory.validate(Map.of("file", "relative/dossier.json")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("absolute");
        assertThat(factory.validate(Map.of("file", "/nowhere/dossier.json")))
                .singleElement()
                .extracting(ConfigIssue::message)
                .asString()
                .contains("does not exist");
        assertThatThrownBy(() -> source(Path.of("/nowhere/dossier.json"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplacedFileIsReadAgainAndABrokenOneFailsRetryably() throws IOException {
        Path file = DossierFiles.write("{\"holders\": {\"85073003328\": [" + ITEM + "]}}");
        DossierSourceProvider source = source(file);
        assertThat(source.items(PERSON)).extracting(DossierItem::externalId).containsExactly("A-1");

        Files.writeString(file, "{\"holders\": {\"85073003328\": [" + ITEM.replace("A-1", "A-2") + "]}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(source.items(PERSON)).extracting(DossierItem::externalId).containsExactly("A-2");

        Files.writeString(file, "{\"holders\": [");
        assertThatThrownBy(() -> source.items(PERSON))
                .isInstanceOf(PluginException.class)
                .matches(e -> ((PluginException) e).isRetryable());

        Files.delete(file);
        assertThatThrownBy(() -> source.items(PERSON)).isInstanceOf(PluginException.class);
    }

    private List<ConfigIssue> issues(Path file) {
        return factory.validate(Map.of("file", file.toString()));
    }

    private DossierSourceProvider source(Path file) {
        return factory.create(TestPluginContext.of(Map.of("file", file.toString())));
    }
}
