package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ties synthetic plates to synthetic holders both ways without storing anything: a plate is an encoding of its
 * holder. That way "the cars of X" and "the holder of plate P" always agree, for any X and P.
 *
 * <ul>
 *   <li>{@code 1-…} and {@code 2-…}: the first car of a synthetic person, {@code 3-…}/{@code 4-…} their second
 *   and {@code 5-…}/{@code 6-…} their third car. The person's date of birth (1940-2007) and sequence number are
 *   packed into the plate's position, scrambled so that neighbouring plates belong to unrelated people.</li>
 *   <li>{@code 7-…}, {@code 8-…}, {@code ABC-123} and {@code 123-ABC}: the company cars of a synthetic fleet
 *   company, eight to a company, whose number (1100.000.0xx to 1978.799.9xx, real company numbers start with 0 or
 *   1) with the car's index encodes the plate.</li>
 *   <li>{@code 9-…}: never registered (kept for "unknown plate" tests).</li>
 * </ul>
 */
final class SyntheticPlates {

    /** Plates per leading digit: 26³ letter combinations × 1000 numbers. */
    private static final long PER_DIGIT = 26L * 26 * 26 * 1000;

    private static final long PERSON_SPACE = 2 * PER_DIGIT;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2007, 12, 31);
    private static final int SEQUENCES = SyntheticPeople.FIRST_UNKNOWN_SEQUENCE - 1;
    /** An affine bijection on the person space: coprime with 2, 5 and 13, the prime factors of its size. */
    private static final BigInteger SCRAMBLE = BigInteger.valueOf(7_777_777);

    private static final BigInteger UNSCRAMBLE = SCRAMBLE.modInverse(BigInteger.valueOf(PERSON_SPACE));
    private static final long SHIFT = 12_345_679;
    /** Company numbers of synthetic fleet owners start here; 4 plate groups, 8 cars a company, fit below 20.000.000. */
    private static final long FLEET_COMPANY_START = 11_000_000L;

    private static final int CARS_PER_FLEET_COMPANY = 8;

    /** Who a synthetic plate belongs to: a person's n-th car, or a company's car. */
    record Owner(String holderId, boolean company, int carIndex) {}

    private SyntheticPlates() {}

    /** The plate of a synthetic person's {@code carIndex}-th car (0, 1 or 2); empty when they cannot own one. */
    static Optional<String> personPlate(String nationalNumber, int carIndex) {
        Optional<LocalDate> birth = new NationalNumber(nationalNumber).birthDate();
        int sequence = new NationalNumber(nationalNumber).sequence();
        if (birth.isEmpty()
                || birth.get().isBefore(FIRST_BIRTH)
                || birth.get().isAfter(LAST_BIRTH)
                || sequence == 0
                || sequence > SEQUENCES
                || carIndex < 0
                || carIndex > 2) {
            return Optional.empty();
        }
        long index = ChronoUnit.DAYS.between(FIRST_BIRTH, birth.get()) * SEQUENCES + sequence - 1;
        long position = affine(index, SCRAMBLE, SHIFT);
        return Optional.of(currentPlate(1 + 2 * carIndex + (int) (position / PER_DIGIT), position % PER_DIGIT));
    }

    /** The plates of a synthetic fleet company's cars; empty when its number is outside the fleet block. */
    static List<String> companyPlates(String companyNumber) {
        long company = Long.parseLong(companyNumber.substring(0, 8)) - FLEET_COMPANY_START;
        if (company < 0 || company >= 4 * PER_DIGIT / CARS_PER_FLEET_COMPANY) {
            return List.of();
        }
        List<String> plates = new ArrayList<>(CARS_PER_FLEET_COMPANY);
        for (int car = 0; car < CARS_PER_FLEET_COMPANY; car++) {
            plates.add(fleetPlate(company * CARS_PER_FLEET_COMPANY + car));
        }
        return plates;
    }

    private static String fleetPlate(long index) {
        int group = (int) (index / PER_DIGIT);
        long position = index % PER_DIGIT;
        String letters = letters(position / 1000);
        String number = String.format("%03d", position % 1000);
        return switch (group) {
            case 2 -> letters + "-" + number;
            case 3 -> number + "-" + letters;
            default -> currentPlate(7 + group, position);
        };
    }

    /** Who a well-formed Belgian plate (registered spelling) encodes; empty for {@code 9-…} plates. */
    static Optional<Owner> ownerOf(String plate) {
        if (plate.matches("\\d-[A-Z]{3}-\\d{3}")) {
            int digit = plate.charAt(0) - '0';
            long position = lettersIndex(plate.substring(2, 5)) * 1000 + Integer.parseInt(plate.substring(6));
            if (digit <= 6) {
                return person((digit - 1) % 2 * PER_DIGIT + position, (digit - 1) / 2);
            }
            return digit == 9 ? Optional.empty() : company((digit - 7) * PER_DIGIT + position);
        }
        if (plate.matches("[A-Z]{3}-\\d{3}")) {
            return company(
                    2 * PER_DIGIT + lettersIndex(plate.substring(0, 3)) * 1000 + Integer.parseInt(plate.substring(4)));
        }
        return company(
                3 * PER_DIGIT + lettersIndex(plate.substring(4, 7)) * 1000 + Integer.parseInt(plate.substring(0, 3)));
    }

    private static Optional<Owner> person(long position, int carIndex) {
        long index = affine(position - SHIFT, UNSCRAMBLE, 0);
        LocalDate birth = FIRST_BIRTH.plusDays(index / SEQUENCES);
        if (birth.isAfter(LAST_BIRTH)) {
            return Optional.empty();
        }
        String nine = String.format(
                "%02d%02d%02d%03d",
                birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), index % SEQUENCES + 1);
        return Optional.of(
                new Owner(NationalNumber.of(nine, birth.getYear() >= 2000).value(), false, carIndex));
    }

    private static Optional<Owner> company(long index) {
        return Optional.of(new Owner(
                CompanyNumber.of(FLEET_COMPANY_START + index / CARS_PER_FLEET_COMPANY)
                        .value(),
                true,
                (int) (index % CARS_PER_FLEET_COMPANY)));
    }

    private static long affine(long value, BigInteger factor, long shift) {
        return BigInteger.valueOf(value)
                .multiply(factor)
                .add(BigInteger.valueOf(shift))
                .mod(BigInteger.valueOf(PERSON_SPACE))
                .longValueExact();
    }

    private static String currentPlate(int digit, long position) {
        return digit + "-" + letters(position / 1000) + "-" + String.format("%03d", position % 1000);
    }

    private static String letters(long index) {
        return "" + (char) ('A' + index / 676) + (char) ('A' + index / 26 % 26) + (char) ('A' + index % 26);
    }

    private static long lettersIndex(String letters) {
        return (letters.charAt(0) - 'A') * 676L + (letters.charAt(1) - 'A') * 26L + (letters.charAt(2) - 'A');
    }
}
