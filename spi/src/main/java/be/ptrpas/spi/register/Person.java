package be.ptrpas.spi.register;

import java.time.LocalDate;

/**
 * A person from the population register.
 *
 * @param nationalNumber 11-digit national number
 * @param givenNames     given names
 * @param familyName     family name
 * @param birthDate      date of birth
 * @param domicile       main residence, null when unknown
 * @param deceasedOn     date of death, null when alive
 * @param language       preferred language ("nl", "fr", "de", "en"), may be null
 */
public record Person(
        String nationalNumber,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        Address domicile,
        LocalDate deceasedOn,
        String language) {}
