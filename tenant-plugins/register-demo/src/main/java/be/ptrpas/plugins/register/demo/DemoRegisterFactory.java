package be.ptrpas.plugins.register.demo;

import be.ptrpas.plugins.support.ConfiguredFactory;
import java.util.function.BiFunction;

/**
 * What the four demo register factories share: version, settings and validation from {@link DemoSettings}, and a
 * register made over the one {@link DemoData} set.
 *
 * @param <R> the register type
 */
abstract class DemoRegisterFactory<R> extends ConfiguredFactory<R> {

    DemoRegisterFactory(String id, String displayName, BiFunction<DemoData, DemoSettings, R> register) {
        super(
                id,
                displayName,
                DemoSettings.VERSION,
                DemoSettings.PROPERTIES,
                DemoSettings::validate,
                context -> register.apply(DemoData.get(), DemoSettings.from(context)));
    }
}
