package dev.statuskit.http.jaxrs;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.statuskit.http.ProblemConfiguration;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import org.apiguardian.api.API;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link StatusKitFeature} in every Jersey server application that has StatusKit on its class
 * path, unless the application registered it itself. Turned off by the property {@value #AUTODISCOVERY}
 * set to {@code false}, or by Jersey's own {@code jersey.config.disableAutoDiscovery} and
 * {@code jersey.config.server.disableAutoDiscovery}.
 *
 * <p>Public only because Jersey instantiates it through {@code ServiceLoader}; not for applications, which
 * register {@link StatusKitFeature} when they want to do it themselves.
 */
@API(status = INTERNAL, since = "0.1")
@ConstrainedTo(RuntimeType.SERVER)
public final class StatusKitAutoDiscoverable implements AutoDiscoverable {
    /** The configuration property that turns the automatic registration off when {@code false}. */
    public static final String AUTODISCOVERY = "statuskit.jaxrs.autodiscovery";

    /** Called by Jersey through {@code ServiceLoader}. */
    public StatusKitAutoDiscoverable() {
    }

    @Override
    public void configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (ProblemConfiguration.flag(AUTODISCOVERY, configuration.getProperty(AUTODISCOVERY), true)
                && !configuration.isRegistered(StatusKitFeature.class)) {
            context.register(StatusKitFeature.class);
        }
    }
}
