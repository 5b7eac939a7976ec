package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Asks one MAGDA question over SOAP 1.1 and returns the answer's {@code Inhoud}. Maps what can go wrong to what
 * the platform should do: HTTP 5xx, 429 and time-outs are worth retrying; refusals (Uitzondering of type FOUT,
 * other HTTP errors, unreadable or mismatched answers) are not. "Not found" is not an error but an empty answer.
 */
final class MagdaClient {

    /**
     * Uitzondering codes that mean "no such subject": INSZ niet gevonden, ondernemingsnummer niet gevonden,
     * nummerplaat niet gevonden.
     */
    static final Set<String> NOT_FOUND = Set.of("30101", "30102", "30103");

    /** Far above any real answer (a household, a fleet); stops a faulty gateway from filling the heap. */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final MagdaSettings settings;
    private final Clock clock;
    private final HttpClient http;

    MagdaClient(MagdaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The answer's content, or empty when MAGDA says the subject does not exist. */
    Optional<Element> ask(MagdaService service, String subject) {
        String referte = UUID.randomUUID().toString();
        String envelope = SoapRequest.envelope(service, settings, referte, subject, ZonedDateTime.now(clock));
        HttpResponse<InputStream> response = post(service, envelope);
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            discard(response);
            throw PluginException.temporary(service.serviceName() + ": MAGDA answered HTTP " + status, null);
        }
        if (status < 200 || status >= 300) {
            discard(response);
            throw PluginException.permanent(service.serviceName() + ": MAGDA refused the request with HTTP " + status);
        }
        return new MagdaAnswer(service, referte, read(service, body(service, response))).content();
    }

    private static byte[] body(MagdaService service, HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (body.length > MAX_ANSWER_BYTES) {
                throw PluginException.permanent(
                        service.serviceName() + ": MAGDA's answer is larger than " + MAX_ANSWER_BYTES + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw PluginException.temporary(service.serviceName() + ": MAGDA's answer broke off", e);
        }
    }

    private HttpResponse<InputStream> post(MagdaService service, String envelope) {
        HttpRequest request = HttpRequest.newBuilder(serviceUri(service))
                .timeout(settings.timeout())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + service.namespace() + "/" + service.serviceName() + "\"")
                .header("X-API-Key", settings.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw PluginException.temporary(service.serviceName() + ": MAGDA did not answer in time", e);
        } catch (IOException e) {
            throw PluginException.temporary(service.serviceName() + ": MAGDA could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.temporary(service.serviceName() + ": interrupted while waiting for MAGDA", e);
        }
    }

    /** Closes an error answer's body unread, so that the connection can be reused. */
    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream ignored = response.body()) {
            // nothing to read: the status says it all
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    private URI serviceUri(MagdaService service) {
        String base = settings.endpoint().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + service.path());
    }

    private static Document read(MagdaService service, byte[] body) {
        try {
            return SafeXml.parse(body);
        } catch (SAXException e) {
            // Also the way out for an answer with a DOCTYPE: nothing in it was resolved.
            throw new PluginException(
                    service.serviceName() + ": MAGDA's answer is not acceptable XML: " + e.getMessage(), false, e);
        }
    }
}
