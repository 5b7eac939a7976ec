package be.ptrpas.plugins.dossier.file;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierSourceProviderFactory;
import be.ptrpas.spi.testkit.DossierSourceContract;
import java.nio.file.Path;
import java.util.Map;

class DossierFileContractTest extends DossierSourceContract {

    static final Path FILE = DossierFiles.copyOf("dossier-gent.json");

    @Override
    protected DossierSourceProviderFactory factory() {
        return new DossierFileFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of("file", FILE.toString());
    }

    @Override
    protected DossierHolder knownHolder() {
        return DossierHolder.person(NationalNumber.require("85073003328"));
    }

    @Override
    protected DossierHolder unknownHolder() {
        return DossierHolder.person(NationalNumber.of("900225001", false));
    }
}
