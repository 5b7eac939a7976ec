package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import java.util.List;
import java.util.Optional;

/** Personas from the demo data first, then a synthetic person for any other valid number. */
final class DemoPersonRegister implements PersonRegister {

    private final DemoData data;
    private final DemoSettings settings;
    private final SyntheticPeople synthetic;

    DemoPersonRegister(DemoData data, DemoSettings settings) {
        this.data = data;
        this.settings = settings;
        this.synthetic = new SyntheticPeople(data, settings.homeNis(), new SyntheticCompanies(data));
    }

    @Override
    public Optional<Person> person(String nationalNumber) {
        settings.checkAvailable();
        String number = NationalNumber.require(nationalNumber).value();
        return data.person(number).or(() -> synthetic.person(number));
    }

    @Override
    public Optional<Household> household(String nationalNumber) {
        settings.checkAvailable();
        String number = NationalNumber.require(nationalNumber).value();
        if (data.isPersona(number)) {
            return data.household(number).or(() -> data.person(number).map(DemoPersonRegister::alone));
        }
        return synthetic.household(number);
    }

    private static Household alone(Person person) {
        return new Household(
                person.domicile(),
                List.of(new HouseholdMember(
                        person.nationalNumber(), person.givenNames(), person.familyName(), "REFERENCE")));
    }
}
