package be.ptrpas.plugins.register.magda;

import be.ptrpas.plugins.support.ConfiguredFactory;
import java.util.function.Function;

/**
 * What the three MAGDA register factories share: version, settings and validation from {@link MagdaSettings}, and
 * a register over a {@link MagdaClient} for the municipality's settings.
 *
 * @param <R> the register type
 */
abstract class MagdaRegisterFactory<R> extends ConfiguredFactory<R> {

    MagdaRegisterFactory(String id, String displayName, Function<MagdaClient, R> register) {
        super(
                id,
                displayName,
                MagdaSettings.VERSION,
                MagdaSettings.PROPERTIES,
                MagdaSettings::validate,
                context -> register.apply(new MagdaClient(MagdaSettings.from(context), context.clock())));
    }
}
