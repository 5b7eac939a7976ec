package be.ptrpas.plugins.register.demo;

import be.ptrpas.plugins.support.BelgianPlates;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo personas' vehicles, and for everyone else the vehicles {@link SyntheticPlates} ties to them. Holder
 * ids are national numbers (11 digits) or company numbers (10 digits).
 */
final class DemoVehicleRegister implements VehicleRegister {

    private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2010, 1, 1);
    private static final int REGISTRATION_DAYS = 15 * 365;

    private final DemoData data;
    private final DemoSettings settings;

    DemoVehicleRegister(DemoData data, DemoSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    @Override
    public List<Vehicle> vehiclesOf(String holderId) {
        settings.checkAvailable();
        String holder = holderNumber(holderId);
        if (data.isPersona(holder) || data.isDemoCompany(holder)) {
            return data.vehiclesOf(holder);
        }
        if (holder.length() == 10) {
            return SyntheticCompanies.isUnknown(holder)
                    ? List.of()
                    : SyntheticPlates.companyPlates(holder).stream()
                            .filter(this::isFree)
                            .map(plate -> companyCar(plate, holder))
                            .toList();
        }
        if (SyntheticPeople.isUnknown(holder) || !ownsCars(holder)) {
            return List.of();
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int car = 0; car < carCount(holder); car++) {
            SyntheticPlates.personPlate(holder, car)
                    .filter(this::isFree)
                    .ifPresent(plate -> vehicles.add(privateCar(plate, holder)));
        }
        return vehicles;
    }

    @Override
    public Optional<Vehicle> byPlate(String plate) {
        settings.checkAvailable();
        Optional<String> registered = BelgianPlates.registeredSpelling(plate);
        if (registered.isEmpty()) {
            return Optional.empty();
        }
        String spelling = registered.get();
        if (data.isDemoPlate(spelling)) {
            return data.vehicle(spelling);
        }
        // Only answer when the holder's own list would show this vehicle, so both directions always agree.
        return SyntheticPlates.ownerOf(spelling)
                .filter(owner -> !data.isPersona(owner.holderId()) && !data.isDemoCompany(owner.holderId()))
                .flatMap(owner -> vehiclesOf(owner.holderId()).stream()
                        .filter(vehicle -> vehicle.plate().equals(spelling))
                        .findFirst());
    }

    /** Three in four synthetic adults have one car, one in five two and one in twenty three. */
    private static int carCount(String nationalNumber) {
        int roll = Seed.pick(nationalNumber, "cars", 20);
        return roll < 15 ? 1 : roll < 19 ? 2 : 3;
    }

    private static boolean ownsCars(String nationalNumber) {
        return new NationalNumber(nationalNumber)
                .birthDate()
                .filter(SyntheticPeople::isAdult)
                .isPresent();
    }

    /** A synthetic plate that a persona's car already uses stays the persona's. */
    private boolean isFree(String plate) {
        return !data.isDemoPlate(plate);
    }

    private static Vehicle privateCar(String plate, String holder) {
        String[] car = Seed.pick(plate, "car", Names.CARS);
        return new Vehicle(
                plate,
                "BE",
                car[0],
                car[1],
                "M1",
                Seed.pick(plate, "fuel", Names.FUELS),
                holder,
                Vehicle.Usage.PRIVATE,
                null,
                null,
                registeredFrom(plate));
    }

    private static Vehicle companyCar(String plate, String company) {
        String[] car = Seed.pick(plate, "car", Names.CARS);
        return new Vehicle(
                plate,
                "BE",
                car[0],
                car[1],
                "M1",
                Seed.pick(plate, "fuel", Names.FUELS),
                company,
                Vehicle.Usage.COMPANY,
                null,
                null,
                registeredFrom(plate));
    }

    private static LocalDate registeredFrom(String plate) {
        return FIRST_REGISTRATION.plusDays(Seed.pick(plate, "registered", REGISTRATION_DAYS));
    }

    private static String holderNumber(String holderId) {
        String digits = holderId == null ? null : holderId.replaceAll("[\\s.\\-]", "");
        if (digits != null && digits.length() == 10) {
            return CompanyNumber.require(digits).value();
        }
        return NationalNumber.require(holderId).value();
    }
}
