package be.ptrpas.spi.register;

import java.util.List;

/**
 * A company from the Crossroads Bank for Enterprises.
 *
 * @param companyNumber  10-digit company number, e.g. 0123456749
 * @param name           registered name
 * @param legalForm      e.g. "BV", "NV", "VZW"
 * @param active         whether the company is active
 * @param seat           registered office
 * @param establishments establishment units
 * @param managers       people who may act for it
 */
public record Enterprise(
        String companyNumber,
        String name,
        String legalForm,
        boolean active,
        Address seat,
        List<Address> establishments,
        List<Manager> managers) {

    public Enterprise {
        establishments = establishments == null ? List.of() : List.copyOf(establishments);
        managers = managers == null ? List.of() : List.copyOf(managers);
    }
}
