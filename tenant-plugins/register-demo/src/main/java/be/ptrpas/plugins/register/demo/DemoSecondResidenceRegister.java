package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.SecondResidence;
import be.ptrpas.spi.register.SecondResidenceRegister;
import java.util.List;

/** Only the demo personas have second residences; nobody else pays second-residence tax in the demo. */
final class DemoSecondResidenceRegister implements SecondResidenceRegister {

    private final DemoData data;
    private final DemoSettings settings;

    DemoSecondResidenceRegister(DemoData data, DemoSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    @Override
    public List<SecondResidence> secondResidencesOf(String nationalNumber) {
        settings.checkAvailable();
        return data.secondResidencesOf(NationalNumber.require(nationalNumber).value());
    }
}
