package be.ptrpas.spi.register;

import be.ptrpas.spi.Provider;
import java.util.List;
import java.util.Optional;

/** The vehicle register (in Belgium: DIV, through MAGDA). */
public interface VehicleRegister extends Provider {

    /** Vehicles registered to a person (national number) or a company (company number), or driven by that person. */
    List<Vehicle> vehiclesOf(String holderId);

    /** The vehicle with a plate; empty for unknown or foreign plates. */
    Optional<Vehicle> byPlate(String plate);
}
