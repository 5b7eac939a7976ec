package be.ptrpas.plugins.register.magda;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes one MAGDA question as a SOAP 1.1 envelope: Context (service, version, sender, a unique Referte) and one
 * Vraag with the subject. Values are escaped; the subject has been validated before it gets here anyway.
 */
final class SoapRequest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private SoapRequest() {}

    static String envelope(
            MagdaService service, MagdaSettings settings, String referte, String subject, ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(BRUSSELS);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:svc=\""
                + service.namespace() + "\">\n"
                + "  <soapenv:Header/>\n"
                + "  <soapenv:Body>\n"
                + "    <svc:" + service.serviceName() + ">\n"
                + "      <Verzoek>\n"
                + "        <Context>\n"
                + "          <Naam>" + service.serviceName() + "</Naam>\n"
                + "          <Versie>" + service.messageVersion() + "</Versie>\n"
                + "          <Bericht>\n"
                + "            <Type>VRAAG</Type>\n"
                + "            <Tijdstip><Datum>" + local.format(DateTimeFormatter.ISO_LOCAL_DATE) + "</Datum><Tijd>"
                + local.format(DateTimeFormatter.ofPattern("HH:mm:ss.SSS")) + "</Tijd></Tijdstip>\n"
                + "            <Afzender>\n"
                + "              <Identificatie>kbo-" + escape(settings.requesterKbo()) + "</Identificatie>\n"
                + optional("Gebruiker", settings.requesterId())
                + "              <Referte>" + escape(referte) + "</Referte>\n"
                + optional("Hoedanigheid", settings.capacity())
                + "            </Afzender>\n"
                + "          </Bericht>\n"
                + "        </Context>\n"
                + "        <Vragen>\n"
                + "          <Vraag>\n"
                + "            <Referte>" + escape(referte) + "</Referte>\n"
                + "            <Inhoud><" + service.subjectElement() + ">" + escape(subject) + "</"
                + service.subjectElement() + "></Inhoud>\n"
                + "          </Vraag>\n"
                + "        </Vragen>\n"
                + "      </Verzoek>\n"
                + "    </svc:" + service.serviceName() + ">\n"
                + "  </soapenv:Body>\n"
                + "</soapenv:Envelope>\n";
    }

    private static String optional(String element, String value) {
        return value == null ? "" : "              <" + element + ">" + escape(value) + "</" + element + ">\n";
    }

    static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
