package be.ptrpas.spi.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierItemTest {

    static final Instant ISSUED = Instant.parse("2026-11-02T09:00:00Z");

    static DossierItem item(String id, long cents, Instant updated, URI link) {
        return new DossierItem(
                id,
                DossierKind.RETRIBUTION,
                DossierTitle.of("Retributie Kouter", "Redevance Kouter", null),
                DossierStatus.RECEIVED,
                MoneyState.OPEN,
                cents,
                LocalDate.parse("2026-12-02"),
                StructuredReference.of(909337554),
                ISSUED,
                updated,
                "Stad Gent",
                link);
    }

    @Test
    void aCompleteItemKeepsItsValues() {
        DossierItem item = item("RET-1", 2500, ISSUED, URI.create("https://backoffice.gent.be/ret/1"));
        assertThat(item.amountDueCents()).isEqualTo(2500);
        assertThat(item.title().in("fr")).isEqualTo("Redevance Kouter");
        assertThat(item.title().in("en")).as("no English: Dutch").isEqualTo("Retributie Kouter");
        assertThat(item).isEqualTo(item("RET-1", 2500, ISSUED, URI.create("https://backoffice.gent.be/ret/1")));
    }

    @Test
    void refusesWhatThePassCannotShow() {
        assertThatThrownBy(() -> item("RET-1", -1, ISSUED, null)).hasMessageContaining("amountDueCents");
        assertThatThrownBy(() -> item(" ", 0, ISSUED, null)).hasMessageContaining("externalId");
        assertThatThrownBy(() -> item(" RET-1", 0, ISSUED, null)).hasMessageContaining("externalId");
        assertThatThrownBy(() -> item("RET\n1", 0, ISSUED, null)).hasMessageContaining("externalId");
        assertThatThrownBy(() -> item("x".repeat(201), 0, ISSUED, null)).hasMessageContaining("externalId");
        assertThatThrownBy(() -> item("RET-1", 0, ISSUED.minusSeconds(1), null)).hasMessageContaining("updatedAt");
        assertThatThrownBy(() -> item("RET-1", 0, ISSUED, URI.create("http://backoffice.gent.be/1")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> item("RET-1", 0, ISSUED, URI.create("javascript:alert(1)")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> item("RET-1", 0, ISSUED, URI.create("/relative")))
                .hasMessageContaining("https");
    }

    @Test
    void aTitleHasKnownLanguagesAndRealText() {
        assertThat(DossierTitle.of("en", "Permit").in("nl")).isEqualTo("Permit");
        assertThat(new DossierTitle(Map.of("fr", "Permis", "en", "Permit")).in("nl"))
                .isEqualTo("Permit");
        assertThatThrownBy(() -> DossierTitle.of("de", "Genehmigung")).hasMessageContaining("nl, fr and en");
        assertThatThrownBy(() -> DossierTitle.of(null, null, null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> DossierTitle.of("nl", " ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> DossierTitle.of("nl", "x".repeat(301))).hasMessageContaining("300");
    }

    @Test
    void aHolderIsAValidatedPersonOrCompany() {
        DossierHolder person = DossierHolder.person(NationalNumber.require("85.07.30-033.28"));
        DossierHolder company = DossierHolder.company(CompanyNumber.require("0207.183.486"));
        assertThat(person.number()).isEqualTo("85073003328");
        assertThat(company.number()).isEqualTo("0207183486");
        assertThatThrownBy(() -> DossierHolder.person(null)).isInstanceOf(NullPointerException.class);
    }
}
