package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Employment;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.EnterpriseRegister;
import java.util.List;
import java.util.Optional;

/** The demo companies and personas' jobs, then synthetic companies and jobs for everyone else. */
final class DemoEnterpriseRegister implements EnterpriseRegister {

    private final DemoData data;
    private final DemoSettings settings;
    private final SyntheticCompanies companies;
    private final SyntheticPeople people;

    DemoEnterpriseRegister(DemoData data, DemoSettings settings) {
        this.data = data;
        this.settings = settings;
        this.companies = new SyntheticCompanies(data);
        this.people = new SyntheticPeople(data, settings.homeNis(), companies);
    }

    @Override
    public Optional<Enterprise> enterprise(String companyNumber) {
        settings.checkAvailable();
        String number = CompanyNumber.require(companyNumber).value();
        return data.enterprise(number).or(() -> companies.enterprise(number));
    }

    @Override
    public List<Employment> employmentsOf(String nationalNumber) {
        settings.checkAvailable();
        String number = NationalNumber.require(nationalNumber).value();
        return data.isPersona(number) ? data.employmentsOf(number) : people.employmentsOf(number);
    }
}
