package be.ptrpas.plugins.register.magda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes over the wire and how every kind of answer is understood. */
class MagdaProtocolTest {

    private static final String SOFIE = "79062514233";
    private static final Pattern VRAAG_REFERTE = Pattern.compile("<Vraag>\\s*<Referte>([^<]+)</Referte>");

    private static MagdaFake fake;
    private PersonRegister persons;
    private EnterpriseRegister enterprises;
    private VehicleRegister vehicles;

    @BeforeAll
    static void startFake() {
        fake = MagdaFake.start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void createRegisters() {
        fake.serveDefaults();
        TestPluginContext context = TestPluginContext.builder()
                .config(fake.config())
                .clock(Clock.fixed(Instant.parse("2026-11-24T09:15:00Z"), ZoneOffset.UTC))
                .build();
        persons = new MagdaPersonRegisterFactory().create(context);
        enterprises = new MagdaEnterpriseRegisterFactory().create(context);
        vehicles = new MagdaVehicleRegisterFactory().create(context);
    }

    @Test
    void everyQuestionCarriesAUniqueReferteTheSubjectAndTheSender() {
        persons.person(MagdaFake.JAN);
        persons.person(MagdaFake.JAN);
        List<LoggedRequest> requests = fake.server.findAll(postRequestedFor(urlEqualTo("/magda/GeefPersoon-02.02")));
        assertThat(requests).hasSize(2);
        List<String> refertes = requests.stream()
                .map(request -> {
                    String body = request.getBodyAsString();
                    assertThat(body)
                            .contains(
                                    "<INSZ>62110205701</INSZ>",
                                    "<Identificatie>kbo-0207183486</Identificatie>",
                                    "<Gebruiker>ptr-pas-test</Gebruiker>",
                                    "<Naam>GeefPersoon</Naam>",
                                    "<Versie>02.02.0000</Versie>",
                                    "http://webservice.geefpersoondienst-02_02.vip.vlaanderen.be",
                                    "<Datum>2026-11-24</Datum><Tijd>10:15:00.000</Tijd>");
                    assertThat(request.getHeader("X-API-Key")).isEqualTo(MagdaFake.API_KEY);
                    assertThat(request.getHeader("Content-Type")).startsWith("text/xml");
                    assertThat(request.getHeader("SOAPAction")).contains("GeefPersoon");
                    Matcher referte = VRAAG_REFERTE.matcher(body);
                    assertThat(referte.find()).isTrue();
                    return referte.group(1);
                })
                .toList();
        assertThat(refertes.get(0)).matches("[0-9a-f-]{36}").isNotEqualTo(refertes.get(1));
    }

    @Test
    void readsThePersonTheHouseholdAndTheRelations() {
        var jan = persons.person(MagdaFake.JAN).orElseThrow();
        assertThat(jan.givenNames()).isEqualTo("Jan Karel");
        assertThat(jan.familyName()).isEqualTo("Janssens");
        assertThat(jan.language()).isEqualTo("nl");
        assertThat(jan.domicile().street()).isEqualTo("Museumstraat");
        assertThat(jan.domicile().nisCode()).isEqualTo("11002");
        assertThat(persons.household(MagdaFake.JAN).orElseThrow().members())
                .extracting(member -> member.relation())
                .containsExactly("REFERENCE", "PARTNER", "CHILD");
        var agb = enterprises.enterprise(MagdaFake.AGB).orElseThrow();
        assertThat(agb.active()).isTrue();
        assertThat(agb.establishments()).hasSize(1);
        Vehicle lease = vehicles.byPlate("2lea062").orElseThrow();
        assertThat(lease.usage()).isEqualTo(Vehicle.Usage.LEASE);
        assertThat(lease.leasedBy()).isEqualTo("0412739552");
        assertThat(lease.mainDriverId()).isEqualTo(MagdaFake.JAN);
    }

    @Test
    void notFoundUitzonderingenAreEmptyAnswers() {
        assertThat(persons.person(SOFIE)).isEmpty();
        assertThat(persons.household(SOFIE)).isEmpty();
        assertThat(enterprises.employmentsOf(SOFIE)).isEmpty();
        assertThat(enterprises.enterprise("0831246745")).isEmpty();
        assertThat(vehicles.vehiclesOf(SOFIE)).isEmpty();
        assertThat(vehicles.byPlate("1-MAE-079")).isEmpty();
    }

    @Test
    void otherUitzonderingenAreRefusalsNotWorthRetrying() {
        fake.refuse(MagdaService.GEEF_PERSOON, SOFIE, "30200", "Geen toegang tot deze persoonsgegevens");
        assertThatThrownBy(() -> persons.person(SOFIE)).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("30200", "Geen toegang");
        });
    }

    @Test
    void warningsAccompanyAValidAnswer() {
        String withWarning = MagdaFake.resource("persoon-62110205701.xml")
                .replace(
                        "<Inhoud>",
                        "<Uitzonderingen><Uitzondering><Identificatie>30010</Identificatie><Oorsprong>RR</Oorsprong>"
                                + "<Type>WAARSCHUWING</Type><Diagnose>Adres in onderzoek</Diagnose></Uitzondering>"
                                + "</Uitzonderingen><Inhoud>");
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, MagdaFake.templated(withWarning));
        assertThat(persons.person(MagdaFake.JAN)).isPresent();
    }

    @Test
    void unavailabilityIsRetryable() {
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, aResponse().withStatus(503));
        assertRetryable(() -> persons.person(MagdaFake.JAN));
        fake.answerWith(
                MagdaService.GEEF_PERSOON,
                MagdaFake.JAN,
                aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/xml")
                        .withBody(MagdaFake.resource("soap-fault.xml")));
        assertRetryable(() -> persons.person(MagdaFake.JAN));
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, aResponse().withStatus(429));
        assertRetryable(() -> persons.person(MagdaFake.JAN));
    }

    @Test
    void aSlowAnswerIsARetryableTimeOut() {
        Map<String, String> config = new HashMap<>(fake.config());
        config.put(MagdaSettings.TIMEOUT_SECONDS, "1");
        PersonRegister impatient = new MagdaPersonRegisterFactory().create(TestPluginContext.of(config));
        fake.answerWith(
                MagdaService.GEEF_PERSOON,
                MagdaFake.JAN,
                MagdaFake.templated(MagdaFake.resource("persoon-62110205701.xml"))
                        .withFixedDelay(2500));
        assertRetryable(() -> impatient.person(MagdaFake.JAN));
    }

    @Test
    void anUnreachableGatewayIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> config = new HashMap<>(fake.config());
        config.put(MagdaSettings.ENDPOINT, "http://127.0.0.1:" + closedPort + "/magda");
        PersonRegister unreachable = new MagdaPersonRegisterFactory().create(TestPluginContext.of(config));
        assertRetryable(() -> unreachable.person(MagdaFake.JAN));
    }

    @Test
    void httpRefusalsAreNotRetried() {
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, aResponse().withStatus(401));
        assertPermanent(() -> persons.person(MagdaFake.JAN), "401");
        fake.answerWith(
                MagdaService.GEEF_PERSOON,
                MagdaFake.JAN,
                aResponse().withStatus(200).withBody("<html>"));
        assertPermanent(() -> persons.person(MagdaFake.JAN), "not acceptable XML");
    }

    @Test
    void anAnswerAboutAnotherPersonIsRejected() {
        fake.answer(MagdaService.GEEF_PERSOON, SOFIE, "persoon-62110205701.xml");
        assertPermanent(() -> persons.person(SOFIE), "MAGDA answered about another person");
        fake.answer(MagdaService.GEEF_GEZINSSAMENSTELLING, SOFIE, "gezin-62110205701.xml");
        assertPermanent(() -> persons.household(SOFIE), "MAGDA answered about another person");
        fake.answer(MagdaService.GEEF_WERKRELATIES, SOFIE, "werkrelaties-62110205701.xml");
        assertPermanent(() -> enterprises.employmentsOf(SOFIE), "MAGDA answered about another person");
        fake.answer(MagdaService.GEEF_ONDERNEMING, "0831246745", "onderneming-0207183486.xml");
        assertPermanent(() -> enterprises.enterprise("0831246745"), "another company");
        fake.answer(MagdaService.GEEF_VOERTUIG, "1-MAE-079", "voertuig-1-JAN-062.xml");
        assertPermanent(() -> vehicles.byPlate("1-MAE-079"), "another vehicle");
        fake.answer(MagdaService.GEEF_VOERTUIGEN_VAN_HOUDER, SOFIE, "voertuigen-62110205701.xml");
        assertPermanent(() -> vehicles.vehiclesOf(SOFIE), "another holder");
    }

    @Test
    void anAnswerToAnotherQuestionIsRejected() {
        String stale = MagdaFake.resource("persoon-62110205701.xml")
                .replace("{{xPath request.body '//Vraag/Referte/text()'}}", "00000000-0000-0000-0000-000000000000");
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, MagdaFake.templated(stale));
        assertPermanent(() -> persons.person(MagdaFake.JAN), "another question");
    }

    @Test
    void externalEntitiesInAnAnswerAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-LOCAL-FILE");
        String attack =
                MagdaFake.resource("xxe.xml").replace("@FILE@", secret.toUri().toString());
        fake.answerWith(MagdaService.GEEF_PERSOON, MagdaFake.JAN, MagdaFake.templated(attack));
        assertThatThrownBy(() -> persons.person(MagdaFake.JAN)).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<Envelope>&lol3;</Envelope>";
        fake.answerWith(
                MagdaService.GEEF_PERSOON,
                MagdaFake.JAN,
                aResponse().withStatus(200).withBody(bomb));
        assertPermanent(() -> persons.person(MagdaFake.JAN), "DOCTYPE");
    }

    @Test
    void anOversizedAnswerIsRefused() {
        byte[] huge = new byte[MagdaClient.MAX_ANSWER_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        fake.answerWith(
                MagdaService.GEEF_PERSOON,
                MagdaFake.JAN,
                aResponse().withStatus(200).withBody(huge));
        assertPermanent(() -> persons.person(MagdaFake.JAN), "larger than");
    }

    @Test
    void malformedInputNeverReachesMagda() {
        assertThatThrownBy(() -> persons.person("62110205702")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enterprises.enterprise("0207.183.487")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vehicles.vehiclesOf("1-JAN-062")).isInstanceOf(IllegalArgumentException.class);
        assertThat(vehicles.byPlate("GB-123-X")).isEmpty();
        assertThat(fake.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void settingsAreChecked() {
        Map<String, String> config = new HashMap<>(fake.config());
        config.put(MagdaSettings.ENDPOINT, "http://magda.example.be/gateway");
        config.put(MagdaSettings.REQUESTER_KBO, "0207.183.487");
        config.put(MagdaSettings.TIMEOUT_SECONDS, "0");
        assertThat(new MagdaPersonRegisterFactory().validate(config))
                .extracting(issue -> issue.property())
                .containsExactlyInAnyOrder(
                        MagdaSettings.ENDPOINT, MagdaSettings.REQUESTER_KBO, MagdaSettings.TIMEOUT_SECONDS);
        config.put(MagdaSettings.ENDPOINT, "https://magda.example.be/gateway");
        config.put(MagdaSettings.REQUESTER_KBO, "0207.183.486");
        config.put(MagdaSettings.TIMEOUT_SECONDS, "30");
        assertThat(new MagdaPersonRegisterFactory().validate(config)).isEmpty();
        assertThat(new MagdaPersonRegisterFactory().configProperties())
                .filteredOn(property -> property.secret())
                .extracting(property -> property.name())
                .containsExactly(MagdaSettings.API_KEY);
        assertThat(MagdaSettings.from(TestPluginContext.of(config)).toString()).doesNotContain("test-api-key");
    }

    @Test
    void factoriesHaveTheAgreedIds() {
        assertThat(new MagdaPersonRegisterFactory().id()).isEqualTo("register-magda-person");
        assertThat(new MagdaVehicleRegisterFactory().id()).isEqualTo("register-magda-vehicle");
        assertThat(new MagdaEnterpriseRegisterFactory().id()).isEqualTo("register-magda-enterprise");
    }

    private static void assertRetryable(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.isRetryable()).as(e.getMessage()).isTrue());
    }

    private static void assertPermanent(Runnable call, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.isRetryable()).as(e.getMessage()).isFalse();
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
