package be.ptrpas.plugins.register.demo;

/**
 * A street (or a stretch of it) inside a demo parking zone, copied from the demo tenants' zone definitions.
 *
 * @param fromNumber first house number in the zone, null for the whole street
 * @param toNumber   last house number in the zone, null for the whole street
 * @param parity     "ALL", "ODD" or "EVEN"
 */
record ZoneStreet(
        String zoneCode,
        String zoneKind,
        String name,
        String postalCode,
        Integer fromNumber,
        Integer toNumber,
        String parity) {

    /** Streets without a range in the zone definition get this many numbers, enough for a demo. */
    private static final int WHOLE_STREET_LAST_NUMBER = 120;

    boolean contains(String houseNumber) {
        String digits = houseNumber == null ? "" : houseNumber.replaceAll("\\D.*$", "");
        if (digits.isEmpty()) {
            return false;
        }
        int number = Integer.parseInt(digits);
        boolean inRange = (fromNumber == null || number >= fromNumber) && (toNumber == null || number <= toNumber);
        boolean rightSide = switch (parity) {
            case "ODD" -> number % 2 == 1;
            case "EVEN" -> number % 2 == 0;
            default -> true;
        };
        return inRange && rightSide;
    }

    /** The {@code choice}-th house number (wrapping around) that lies inside the zone. */
    int houseNumber(int choice) {
        int first = fromNumber == null ? 1 : fromNumber;
        int last = toNumber == null ? WHOLE_STREET_LAST_NUMBER : toNumber;
        int step = "ALL".equals(parity) ? 1 : 2;
        if (step == 2 && ("ODD".equals(parity) ? first % 2 == 0 : first % 2 == 1)) {
            first++;
        }
        int count = (last - first) / step + 1;
        return first + Math.floorMod(choice, count) * step;
    }
}
