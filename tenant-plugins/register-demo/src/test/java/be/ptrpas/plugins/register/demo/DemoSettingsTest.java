package be.ptrpas.plugins.register.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void aMunicipalityOutsideTheDemoIsRefused() {
        assertThat(new DemoPersonRegisterFactory().validate(Map.of(DemoSettings.MUNICIPALITY_NIS, "44021")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.property()).isEqualTo(DemoSettings.MUNICIPALITY_NIS);
                    assertThat(issue.message()).contains("71022");
                });
        assertThat(new DemoPersonRegisterFactory().validate(Map.of(DemoSettings.MUNICIPALITY_NIS, "12025")))
                .isEmpty();
    }

    @Test
    void anOutageFailsEveryRegisterRetryably() {
        TestPluginContext down = TestPluginContext.of(Map.of(DemoSettings.SIMULATE_OUTAGE, "true"));
        assertThatThrownBy(() ->
                        new DemoSecondResidenceRegisterFactory().create(down).secondResidencesOf("x"))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isTrue());
        assertThatThrownBy(() -> new DemoVehicleRegisterFactory().create(down).byPlate("1-JAN-062"))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void factoriesHaveTheAgreedIds() {
        assertThat(new DemoPersonRegisterFactory().id()).isEqualTo("register-demo-person");
        assertThat(new DemoVehicleRegisterFactory().id()).isEqualTo("register-demo-vehicle");
        assertThat(new DemoEnterpriseRegisterFactory().id()).isEqualTo("register-demo-enterprise");
        assertThat(new DemoSecondResidenceRegisterFactory().id()).isEqualTo("register-demo-second-residence");
    }
}
