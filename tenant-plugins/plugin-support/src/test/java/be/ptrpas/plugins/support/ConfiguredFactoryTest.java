package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredFactoryTest {

    private static final List<ConfigProperty> PROPERTIES =
            List.of(ConfigProperty.required("greeting", "Greeting", ConfigProperty.Type.STRING));

    /** A kind interface gives the kind, as PersonRegisterFactory does. */
    interface GreeterFactory extends ProviderFactory<String> {
        @Override
        default PluginKind kind() {
            return PluginKind.PERSON_REGISTER;
        }
    }

    static final class Greeter extends ConfiguredFactory<String> implements GreeterFactory {
        Greeter() {
            super(
                    "greeter",
                    "Greeter",
                    "1.2.3",
                    PROPERTIES,
                    Greeter::check,
                    context -> context.setting("greeting").orElseThrow() + "!");
        }

        static List<ConfigIssue> check(Map<String, String> config) {
            List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
            if ("boo".equals(config.get("greeting"))) {
                issues.add(new ConfigIssue("greeting", "be nice"));
            }
            return issues;
        }
    }

    @Test
    void describesItselfWithTheGivenValues() {
        Greeter factory = new Greeter();
        assertThat(factory.id()).isEqualTo("greeter");
        assertThat(factory.displayName()).isEqualTo("Greeter");
        assertThat(factory.version()).isEqualTo("1.2.3");
        assertThat(factory.kind()).isEqualTo(PluginKind.PERSON_REGISTER);
        assertThat(factory.configProperties()).isEqualTo(PROPERTIES);
    }

    @Test
    void validatesAndCreatesWithTheGivenFunctions() {
        Greeter factory = new Greeter();
        assertThat(factory.validate(Map.of("greeting", "hello"))).isEmpty();
        assertThat(factory.validate(Map.of("greeting", "boo")))
                .extracting(ConfigIssue::message)
                .containsExactly("be nice");
        assertThat(factory.validate(Map.of())).hasSize(1);
        assertThat(factory.create(TestPluginContext.of(Map.of("greeting", "hello"))))
                .isEqualTo("hello!");
    }
}
