package be.ptrpas.platform.plugin.runtime;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The provider a municipality uses in one slot, ready to be called through the {@link PluginInvoker}.
 *
 * @param <P> the provider type
 */
public record ActivePlugin<P>(PluginInvoker.Target target, P provider, PluginInvoker invoker) {

    public String pluginId() {
        return target.pluginId();
    }

    /** Calls the provider with the platform's time-out, bulkhead and circuit breaker. */
    public <T> T call(String operation, Function<P, T> work) {
        return invoker.call(target, operation, () -> work.apply(provider));
    }

    /** As {@link #call}, for work that throws checked exceptions (callback parsing). */
    public <T> T callChecked(String operation, CheckedFunction<P, T> work) {
        Callable<T> callable = () -> work.apply(provider);
        return invoker.call(target, operation, callable);
    }

    @FunctionalInterface
    public interface CheckedFunction<P, T> {
        T apply(P provider) throws Exception;
    }
}
