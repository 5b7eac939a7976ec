package be.ptrpas.plugins.register.demo;

import java.util.List;

/** A demo municipality with the streets of its parking zones; residential zones first. */
record Municipality(String nisCode, String name, List<ZoneStreet> streets) {

    Municipality {
        streets = List.copyOf(streets);
    }

    /** Streets of the municipality's resident zones, where synthetic people live. */
    List<ZoneStreet> residentialStreets() {
        List<ZoneStreet> residential = streets.stream()
                .filter(street -> "RESIDENT".equals(street.zoneKind()))
                .toList();
        return residential.isEmpty() ? streets : residential;
    }
}
