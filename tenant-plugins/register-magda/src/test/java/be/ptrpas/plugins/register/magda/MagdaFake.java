package be.ptrpas.plugins.register.magda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A local fake of the MAGDA services: WireMock on 127.0.0.1 answering with the XML files under
 * {@code src/test/resources/magda}. The answers echo the question's Referte (response templating), as MAGDA does.
 * Jan Janssens (62110205701) and his employer AGB Parkeren Antwerpen (0207.183.486) are known; anyone else gets
 * the service's "not found" Uitzondering.
 */
final class MagdaFake implements AutoCloseable {

    static final String API_KEY = "test-api-key-7f3a";
    static final String REQUESTER_KBO = "0207183486";
    static final String JAN = "62110205701";
    static final String AGB = "0207183486";

    final WireMockServer server;

    private MagdaFake(WireMockServer server) {
        this.server = server;
    }

    static MagdaFake start() {
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        MagdaFake fake = new MagdaFake(server);
        fake.serveDefaults();
        return fake;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port() + "/magda";
    }

    /** A generous time-out: a busy build machine must not turn a normal answer into a time-out (that has its own test). */
    Map<String, String> config() {
        return Map.of(
                MagdaSettings.ENDPOINT,
                endpoint(),
                MagdaSettings.REQUESTER_KBO,
                REQUESTER_KBO,
                MagdaSettings.REQUESTER_ID,
                "ptr-pas-test",
                MagdaSettings.API_KEY,
                API_KEY,
                MagdaSettings.TIMEOUT_SECONDS,
                "15");
    }

    /** Forgets earlier stubs and requests and serves the known subjects again. */
    void serveDefaults() {
        server.resetAll();
        answer(MagdaService.GEEF_PERSOON, JAN, "persoon-62110205701.xml");
        answer(MagdaService.GEEF_GEZINSSAMENSTELLING, JAN, "gezin-62110205701.xml");
        answer(MagdaService.GEEF_WERKRELATIES, JAN, "werkrelaties-62110205701.xml");
        answer(MagdaService.GEEF_ONDERNEMING, AGB, "onderneming-0207183486.xml");
        answer(MagdaService.GEEF_VOERTUIGEN_VAN_HOUDER, JAN, "voertuigen-62110205701.xml");
        answer(MagdaService.GEEF_VOERTUIG, "1-JAN-062", "voertuig-1-JAN-062.xml");
        answer(MagdaService.GEEF_VOERTUIG, "2-LEA-062", "voertuig-2-LEA-062.xml");
        notFoundByDefault(MagdaService.GEEF_PERSOON, "30101", "INSZ niet gevonden");
        notFoundByDefault(MagdaService.GEEF_GEZINSSAMENSTELLING, "30101", "INSZ niet gevonden");
        notFoundByDefault(MagdaService.GEEF_WERKRELATIES, "30101", "INSZ niet gevonden");
        notFoundByDefault(MagdaService.GEEF_VOERTUIGEN_VAN_HOUDER, "30101", "Houder niet gevonden");
        notFoundByDefault(MagdaService.GEEF_ONDERNEMING, "30102", "Ondernemingsnummer niet gevonden");
        notFoundByDefault(MagdaService.GEEF_VOERTUIG, "30103", "Nummerplaat niet gevonden");
    }

    /** Answers questions about {@code subject} with a file. */
    void answer(MagdaService service, String subject, String file) {
        answerWith(service, subject, templated(resource(file)));
    }

    void answerWith(MagdaService service, String subject, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(path(service)))
                .withRequestBody(containing("<" + service.subjectElement() + ">" + subject + "<"))
                .atPriority(5)
                .willReturn(response));
    }

    /** An Uitzondering of type FOUT with this code for questions about {@code subject}. */
    void refuse(MagdaService service, String subject, String code, String diagnose) {
        answerWith(service, subject, templated(uitzondering(service, code, diagnose)));
    }

    /** Every call fails with 503, as when MAGDA or the gateway is down. */
    void goDown() {
        server.stubFor(any(anyUrl())
                .atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    }

    static ResponseDefinitionBuilder templated(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(body)
                .withTransformers("response-template");
    }

    static String path(MagdaService service) {
        return "/magda/" + service.path();
    }

    static String resource(String file) {
        try (InputStream in = MagdaFake.class.getResourceAsStream("/magda/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource magda/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String uitzondering(MagdaService service, String code, String diagnose) {
        return resource("uitzondering.xml")
                .replace("@SERVICE@", service.serviceName())
                .replace("@CODE@", code)
                .replace("@DIAGNOSE@", diagnose);
    }

    private void notFoundByDefault(MagdaService service, String code, String diagnose) {
        server.stubFor(post(urlEqualTo(path(service)))
                .atPriority(10)
                .willReturn(templated(uitzondering(service, code, diagnose))));
    }

    @Override
    public void close() {
        server.stop();
    }
}
