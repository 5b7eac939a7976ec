package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.Address;

/** Addresses on real streets inside the demo zones, so that zone checks in the platform succeed. */
final class SyntheticAddresses {

    private SyntheticAddresses() {}

    /** A home in one of the municipality's resident zones. */
    static Address residential(Municipality municipality, String key) {
        return on(Seed.pick(key, "street", municipality.residentialStreets()), municipality, key);
    }

    /** A business address anywhere in the municipality's zones. */
    static Address anyZone(Municipality municipality, String key) {
        return on(Seed.pick(key, "street", municipality.streets()), municipality, key);
    }

    private static Address on(ZoneStreet street, Municipality municipality, String key) {
        int houseNumber = street.houseNumber(Seed.pick(key, "house number", 1000));
        return new Address(
                street.name(),
                Integer.toString(houseNumber),
                null,
                street.postalCode(),
                municipality.name(),
                municipality.nisCode(),
                "BE");
    }
}
