package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Employment;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.Manager;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** GeefOnderneming (KBO) and GeefWerkrelaties (Dimona work relations). */
final class MagdaEnterpriseRegister implements EnterpriseRegister {

    /** KBO status code of an active enterprise. */
    private static final String ACTIVE = "AC";

    private final MagdaClient client;

    MagdaEnterpriseRegister(MagdaClient client) {
        this.client = client;
    }

    @Override
    public Optional<Enterprise> enterprise(String companyNumber) {
        String number = CompanyNumber.require(companyNumber).value();
        return client.ask(MagdaService.GEEF_ONDERNEMING, number).map(inhoud -> {
            Element onderneming = SafeXml.child(inhoud, "Onderneming")
                    .orElseThrow(() -> PluginException.permanent("GeefOnderneming: the answer has no Onderneming"));
            String answered = SafeXml.text(onderneming, "Ondernemingsnummer");
            if (answered == null || !number.equals(answered.replaceAll("[\\s.\\-]", ""))) {
                throw PluginException.permanent("MAGDA answered about another company");
            }
            List<Address> establishments = SafeXml.at(onderneming, "Vestigingen")
                    .map(list -> SafeXml.children(list, "Vestiging").stream()
                            .flatMap(v -> SafeXml.child(v, "Adres").stream())
                            .map(MagdaXml::address)
                            .toList())
                    .orElse(List.of());
            List<Manager> managers = SafeXml.at(onderneming, "Functies")
                    .map(list -> SafeXml.children(list, "Functie").stream()
                            .map(f -> new Manager(
                                    SafeXml.text(f, "INSZ"),
                                    SafeXml.text(f, "Voornaam"),
                                    SafeXml.text(f, "Achternaam"),
                                    SafeXml.text(f, "Rol")))
                            .toList())
                    .orElse(List.of());
            return new Enterprise(
                    number,
                    SafeXml.text(onderneming, "Namen", "MaatschappelijkeNaam"),
                    SafeXml.text(onderneming, "Rechtsvorm", "Afkorting"),
                    ACTIVE.equals(SafeXml.text(onderneming, "Status", "Code")),
                    SafeXml.at(onderneming, "Zetel", "Adres")
                            .map(MagdaXml::address)
                            .orElse(null),
                    establishments,
                    managers);
        });
    }

    @Override
    public List<Employment> employmentsOf(String nationalNumber) {
        String insz = NationalNumber.require(nationalNumber).value();
        return client.ask(MagdaService.GEEF_WERKRELATIES, insz)
                .map(inhoud -> {
                    if (!insz.equals(SafeXml.text(inhoud, "INSZ"))) {
                        throw PluginException.permanent("MAGDA answered about another person");
                    }
                    return SafeXml.at(inhoud, "Werkrelaties")
                            .map(list -> SafeXml.children(list, "Werkrelatie").stream()
                                    .map(relation -> employment(insz, relation))
                                    .toList())
                            .orElse(List.of());
                })
                .orElse(List.of());
    }

    private static Employment employment(String insz, Element relation) {
        String employer = SafeXml.text(relation, "Werkgever", "Ondernemingsnummer");
        return new Employment(
                insz,
                employer == null ? null : employer.replaceAll("[\\s.\\-]", ""),
                SafeXml.text(relation, "Werkgever", "Naam"),
                SafeXml.at(relation, "Tewerkstellingsplaats", "Adres")
                        .map(MagdaXml::address)
                        .orElse(null),
                MagdaXml.date(SafeXml.text(relation, "Periode", "Begin")),
                MagdaXml.date(SafeXml.text(relation, "Periode", "Einde")));
    }
}
