package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.PluginException;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One SOAP answer: Envelope/Body/&lt;Service&gt;Response/Repliek, with Uitzonderingen on the reply and on the
 * Antwoord, and the Antwoord's Inhoud. Checks that it answers the question that was asked (same Referte).
 */
final class MagdaAnswer {

    private final MagdaService service;
    private final String referte;
    private final Document document;

    MagdaAnswer(MagdaService service, String referte, Document document) {
        this.service = service;
        this.referte = referte;
        this.document = document;
    }

    Optional<Element> content() {
        Element envelope = document.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName())) {
            throw refused("the answer is not a SOAP envelope");
        }
        Element response = SafeXml.child(envelope, "Body")
                .flatMap(SafeXml::firstElement)
                .orElseThrow(() -> refused("the SOAP body is empty"));
        if ("Fault".equals(response.getLocalName())) {
            throw refused(
                    "SOAP fault " + SafeXml.text(response, "faultcode") + ": " + SafeXml.text(response, "faultstring"));
        }
        Element repliek = SafeXml.child(response, "Repliek").orElseThrow(() -> refused("no Repliek in the answer"));
        if (isNotFound(SafeXml.at(repliek, "Uitzonderingen"))) {
            return Optional.empty();
        }
        Element antwoord =
                SafeXml.at(repliek, "Antwoorden", "Antwoord").orElseThrow(() -> refused("no Antwoord in the answer"));
        if (!referte.equals(SafeXml.text(antwoord, "Referte"))) {
            throw refused("MAGDA answered another question (Referte " + SafeXml.text(antwoord, "Referte")
                    + " instead of " + referte + ")");
        }
        if (isNotFound(SafeXml.at(antwoord, "Uitzonderingen"))) {
            return Optional.empty();
        }
        return Optional.of(SafeXml.child(antwoord, "Inhoud").orElseThrow(() -> refused("the Antwoord has no Inhoud")));
    }

    /**
     * True for a "not found" Uitzondering; throws for any other error. Warnings and information (type
     * WAARSCHUWING or INFORMATIE) accompany a valid answer and are ignored.
     */
    private boolean isNotFound(Optional<Element> uitzonderingen) {
        List<Element> errors =
                uitzonderingen.map(list -> SafeXml.children(list, "Uitzondering")).orElse(List.of()).stream()
                        .filter(u -> SafeXml.text(u, "Type") == null || "FOUT".equals(SafeXml.text(u, "Type")))
                        .toList();
        if (errors.isEmpty()) {
            return false;
        }
        if (errors.stream().allMatch(u -> MagdaClient.NOT_FOUND.contains(SafeXml.text(u, "Identificatie")))) {
            return true;
        }
        Element first = errors.stream()
                .filter(u -> !MagdaClient.NOT_FOUND.contains(SafeXml.text(u, "Identificatie")))
                .findFirst()
                .orElseThrow();
        throw refused("Uitzondering " + SafeXml.text(first, "Identificatie") + " (" + SafeXml.text(first, "Oorsprong")
                + "): " + SafeXml.text(first, "Diagnose"));
    }

    private PluginException refused(String why) {
        return PluginException.permanent(service.serviceName() + ": " + why);
    }
}
