package be.ptrpas.plugins.register.magda;

import be.ptrpas.plugins.support.BelgianPlates;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** The DIV vehicle register through MAGDA: vehicles of a holder and the registration of a plate. */
final class MagdaVehicleRegister implements VehicleRegister {

    private static final Map<String, Vehicle.Usage> USAGES =
            Map.of("PRIVE", Vehicle.Usage.PRIVATE, "LEASING", Vehicle.Usage.LEASE, "BEDRIJF", Vehicle.Usage.COMPANY);

    private final MagdaClient client;

    MagdaVehicleRegister(MagdaClient client) {
        this.client = client;
    }

    @Override
    public List<Vehicle> vehiclesOf(String holderId) {
        String holder = holderNumber(holderId);
        return client.ask(MagdaService.GEEF_VOERTUIGEN_VAN_HOUDER, holder)
                .map(inhoud -> {
                    if (!holder.equals(SafeXml.text(inhoud, "Houder"))) {
                        throw PluginException.permanent("MAGDA answered about another holder");
                    }
                    List<Vehicle> vehicles = SafeXml.at(inhoud, "Voertuigen")
                            .map(list -> SafeXml.children(list, "Voertuig").stream()
                                    .map(MagdaVehicleRegister::vehicle)
                                    .toList())
                            .orElse(List.of());
                    if (vehicles.stream()
                            .anyMatch(v -> !holder.equals(v.holderId()) && !holder.equals(v.mainDriverId()))) {
                        throw PluginException.permanent("MAGDA answered about another holder");
                    }
                    return vehicles;
                })
                .orElse(List.of());
    }

    @Override
    public Optional<Vehicle> byPlate(String plate) {
        Optional<String> belgian = BelgianPlates.registeredSpelling(plate);
        if (belgian.isEmpty()) {
            return Optional.empty(); // DIV registers Belgian plates only: no need to ask
        }
        String spelling = belgian.get();
        return client.ask(MagdaService.GEEF_VOERTUIG, spelling).map(inhoud -> {
            Element voertuig = SafeXml.child(inhoud, "Voertuig")
                    .orElseThrow(() -> PluginException.permanent("GeefVoertuig: the answer has no Voertuig"));
            Vehicle vehicle = vehicle(voertuig);
            if (!BelgianPlates.registeredSpelling(vehicle.plate())
                    .filter(spelling::equals)
                    .isPresent()) {
                throw PluginException.permanent("MAGDA answered about another vehicle");
            }
            return vehicle;
        });
    }

    private static Vehicle vehicle(Element voertuig) {
        String plate = SafeXml.text(voertuig, "Nummerplaat");
        if (plate == null) {
            throw PluginException.permanent("GeefVoertuig: a Voertuig has no Nummerplaat");
        }
        String country = SafeXml.text(voertuig, "Land");
        String usage = SafeXml.text(voertuig, "Gebruik");
        return new Vehicle(
                plate,
                country == null ? "BE" : country,
                SafeXml.text(voertuig, "Merk"),
                SafeXml.text(voertuig, "Model"),
                SafeXml.text(voertuig, "Categorie"),
                SafeXml.text(voertuig, "Brandstof"),
                SafeXml.text(voertuig, "Houder"),
                USAGES.getOrDefault(usage, Vehicle.Usage.PRIVATE),
                SafeXml.text(voertuig, "Leasingmaatschappij"),
                SafeXml.text(voertuig, "Hoofdbestuurder"),
                MagdaXml.date(SafeXml.text(voertuig, "InschrijvingVanaf")));
    }

    private static String holderNumber(String holderId) {
        String digits = holderId == null ? null : holderId.replaceAll("[\\s.\\-]", "");
        if (digits != null && digits.length() == 10) {
            return CompanyNumber.require(digits).value();
        }
        return NationalNumber.require(holderId).value();
    }
}
