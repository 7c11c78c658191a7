package dev.statuskit.client.jaxrs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.apiguardian.api.API;

/**
 * Makes a Jakarta REST client throw a {@link ProblemWebApplicationException} for every error response that
 * carries an RFC 9457 problem (problem+json or problem+xml), with the problem read back:
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(StatusKitClientFeature.class);
 * try {
 *     Item item = client.target(uri).request().get(Item.class);
 * } catch (ProblemWebApplicationException e) {
 *     Problem problem = e.problem();
 * }
 * }</pre>
 *
 * The filter runs at priority {@value #PRIORITY}; response filters run in descending priority order, so
 * filters of the default {@code USER} priority see the response first.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ConstrainedTo(RuntimeType.CLIENT)
public class StatusKitClientFeature implements Feature {
    /** The priority of the response filter. */
    public static final int PRIORITY = Priorities.USER - 1000;

    /** A feature; it holds no state. */
    public StatusKitClientFeature() {
    }

    /** Registers {@link ProblemResponseFilter}, unless it is already registered. */
    @Override
    public boolean configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(ProblemResponseFilter.class)) {
            context.register(ProblemResponseFilter.class, PRIORITY);
        }
        return true;
    }
}
