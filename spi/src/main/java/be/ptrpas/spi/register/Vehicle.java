package be.ptrpas.spi.register;

import java.time.LocalDate;

/**
 * A registered vehicle.
 *
 * @param plate          plate as registered, e.g. {@code 1-ABC-123}
 * @param country        ISO 3166 alpha-2 country of the plate
 * @param make           make, e.g. "Volkswagen"
 * @param model          model, may be null
 * @param category       e.g. "M1" (car), "N1" (van)
 * @param fuel           e.g. "PETROL", "DIESEL", "ELECTRIC"
 * @param holderId       national number or company number of the registered holder
 * @param usage          private, lease or company car
 * @param leasedBy       company number of the lessor for lease cars, else null
 * @param mainDriverId   national number of the main driver of a company or lease car, else null
 * @param registeredFrom start of the current registration
 */
public record Vehicle(
        String plate,
        String country,
        String make,
        String model,
        String category,
        String fuel,
        String holderId,
        Usage usage,
        String leasedBy,
        String mainDriverId,
        LocalDate registeredFrom) {

    public enum Usage {
        PRIVATE,
        LEASE,
        COMPANY
    }
}
