package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** GeefPersoon and GeefGezinssamenstelling. */
final class MagdaPersonRegister implements PersonRegister {

    /** MAGDA's relation codes in the SPI's words; other codes are passed on as they come. */
    private static final Map<String, String> RELATIONS = Map.of(
            "REFERENTIEPERSOON",
            "REFERENCE",
            "ECHTGENOOT",
            "PARTNER",
            "PARTNER",
            "PARTNER",
            "WETTELIJK_SAMENWONENDE",
            "PARTNER",
            "KIND",
            "CHILD",
            "OUDER",
            "PARENT");

    private final MagdaClient client;

    MagdaPersonRegister(MagdaClient client) {
        this.client = client;
    }

    @Override
    public Optional<Person> person(String nationalNumber) {
        String insz = NationalNumber.require(nationalNumber).value();
        return client.ask(MagdaService.GEEF_PERSOON, insz).map(inhoud -> {
            Element persoon = SafeXml.child(inhoud, "Persoon")
                    .orElseThrow(() -> PluginException.permanent("GeefPersoon: the answer has no Persoon"));
            if (!insz.equals(SafeXml.text(persoon, "INSZ"))) {
                throw PluginException.permanent("MAGDA answered about another person");
            }
            Element naam = SafeXml.child(persoon, "Naam")
                    .orElseThrow(() -> PluginException.permanent("GeefPersoon: the answer has no Naam"));
            Address domicile = SafeXml.at(persoon, "Adressen", "Hoofdverblijfplaats")
                    .map(MagdaXml::address)
                    .orElse(null);
            String language = SafeXml.text(persoon, "Taal", "Code");
            return new Person(
                    insz,
                    MagdaXml.givenNames(naam),
                    SafeXml.text(naam, "Achternaam"),
                    MagdaXml.date(SafeXml.text(persoon, "Geboorte", "Datum")),
                    domicile,
                    MagdaXml.date(SafeXml.text(persoon, "Overlijden", "Datum")),
                    language == null ? null : language.toLowerCase(Locale.ROOT));
        });
    }

    @Override
    public Optional<Household> household(String nationalNumber) {
        String insz = NationalNumber.require(nationalNumber).value();
        return client.ask(MagdaService.GEEF_GEZINSSAMENSTELLING, insz).map(inhoud -> {
            Element gezin = SafeXml.child(inhoud, "Gezinssamenstelling")
                    .orElseThrow(() -> PluginException.permanent(
                            "GeefGezinssamenstelling: the answer has no Gezinssamenstelling"));
            List<HouseholdMember> members = new ArrayList<>();
            SafeXml.at(gezin, "Leden")
                    .ifPresent(leden -> SafeXml.children(leden, "Lid").forEach(lid -> {
                        Element naam = SafeXml.child(lid, "Naam").orElse(lid);
                        String relation = SafeXml.text(lid, "Relatie");
                        members.add(new HouseholdMember(
                                SafeXml.text(lid, "INSZ"),
                                MagdaXml.givenNames(naam),
                                SafeXml.text(naam, "Achternaam"),
                                relation == null
                                        ? null
                                        : RELATIONS.getOrDefault(relation.toUpperCase(Locale.ROOT), relation)));
                    }));
            if (members.stream().noneMatch(member -> insz.equals(member.nationalNumber()))) {
                throw PluginException.permanent("MAGDA answered about another person");
            }
            return new Household(
                    SafeXml.at(gezin, "Adres").map(MagdaXml::address).orElse(null), members);
        });
    }
}
