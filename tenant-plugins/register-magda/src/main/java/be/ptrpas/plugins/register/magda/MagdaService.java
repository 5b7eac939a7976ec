package be.ptrpas.plugins.register.magda;

import java.util.Locale;

/**
 * The MAGDA services this connector calls, with the namespace and version of their SOAP messages. Each service
 * has its own URL under the configured endpoint: {@code <endpoint>/<name>-<major.minor>}.
 *
 * @param subject the element of the question that names who or what it is about
 */
enum MagdaService {
    GEEF_PERSOON("GeefPersoon", "02.02", "INSZ"),
    GEEF_GEZINSSAMENSTELLING("GeefGezinssamenstelling", "02.02", "INSZ"),
    GEEF_ONDERNEMING("GeefOnderneming", "02.00", "Ondernemingsnummer"),
    GEEF_WERKRELATIES("GeefWerkrelaties", "02.00", "INSZ"),
    /** DIV through MAGDA: the vehicles a person or company holds or mainly drives. */
    GEEF_VOERTUIGEN_VAN_HOUDER("GeefVoertuigenVanHouder", "01.00", "Houder"),
    /** DIV through MAGDA: one registration by plate. */
    GEEF_VOERTUIG("GeefVoertuig", "01.00", "Nummerplaat");

    private final String serviceName;
    private final String version;
    private final String subject;

    MagdaService(String serviceName, String version, String subject) {
        this.serviceName = serviceName;
        this.version = version;
        this.subject = subject;
    }

    String serviceName() {
        return serviceName;
    }

    /** The full message version, e.g. "02.02.0000". */
    String messageVersion() {
        return version + ".0000";
    }

    /** E.g. {@code http://webservice.geefpersoondienst-02_02.vip.vlaanderen.be}. */
    String namespace() {
        return "http://webservice." + serviceName.toLowerCase(Locale.ROOT) + "dienst-" + version.replace('.', '_')
                + ".vip.vlaanderen.be";
    }

    /** Path under the endpoint, e.g. {@code GeefPersoon-02.02}. */
    String path() {
        return serviceName + "-" + version;
    }

    String subjectElement() {
        return subject;
    }
}
