package dev.statuskit.http.jaxrs;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemResponder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The second half of a {@link StatusKitFeature} made without a responder, in a runtime that does not pass the servlet
 * context's attributes on as configuration properties (RESTEasy never does; Jersey's servlet does for an application it
 * builds from {@code web.xml}, not for one it is given in code, nor when it runs as a filter that starts before
 * StatusKit's). It asks the {@link ServletContext} the runtime injects for the responder the servlet filter shares
 * ({@value ProblemResponder#CONTEXT_ATTRIBUTE}) and registers StatusKit's providers as {@link StatusKitFeature} does.
 * A responder not shared yet is looked up at the first answer, when every filter has started. Without a servlet context
 * (a runtime outside a servlet container), or with one whose filter shares nothing, it answers as the configuration's
 * properties say.
 *
 * <p>It is off when the filter is: by the context-param {@value ProblemConfiguration#ENABLED} {@code false}, there from
 * the start, or by the attribute of that name the filter sets when it starts.
 *
 * <p>{@link StatusKitFeature} registers this class only where the Servlet API can be loaded, so that no runtime
 * reflects on a servlet type that is not there. Public only because the Jakarta REST runtime creates it and calls its
 * setter; not for applications.
 */
@API(status = INTERNAL, since = "0.1")
@ConstrainedTo(RuntimeType.SERVER)
public final class ServletContextFeature implements Feature {
    private static final System.Logger LOG = System.getLogger(ProblemResponder.LOGGER_NAME);

    private @Nullable ServletContext servletContext;

    /** Made by the Jakarta REST runtime. */
    public ServletContextFeature() {
    }

    /**
     * The servlet context of the application, as the runtime injects it: a proxy on RESTEasy, which may fail when
     * called outside a servlet container; or none.
     *
     * @param servletContext the application's servlet context
     */
    @Context
    public void setServletContext(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public boolean configure(FeatureContext context) {
        ServletContext servlets = servletContext;
        if (turnedOff(servlets)) {
            LOG.log(Level.INFO, () -> "StatusKit's Jakarta REST feature is turned off, as the servlet filter is, by "
                    + ProblemConfiguration.ENABLED);
            return false;
        }
        Map<String, Object> properties = new HashMap<>(context.getConfiguration().getProperties());
        Supplier<ProblemResponder> lookUp = () -> {
            ProblemResponder shared = StatusKitFeature.shared(servlets == null ? null : attribute(servlets, ProblemResponder.CONTEXT_ATTRIBUTE));
            return shared != null ? shared : StatusKitFeature.responder(properties::get);
        };
        if (servlets == null || attribute(servlets, ProblemResponder.CONTEXT_ATTRIBUTE) != null) {
            ProblemResponder answering = lookUp.get();
            return StatusKitFeature.register(context, () -> answering);
        }
        // Not shared yet: looked up at the first answer, when every filter has started. Jersey's ServletContainer declared
        // as a filter ahead of StatusKit's starts first, and configures this feature before StatusKit's filter shares.
        return StatusKitFeature.register(context, new LazyResponder(lookUp));
    }

    /**
     * Whether the filter is turned off: by the context-param {@value ProblemConfiguration#ENABLED}, which is there from
     * the start, or by the attribute of that name the filter sets when it starts.
     *
     * @throws IllegalArgumentException if the context-param has a bad value, as the filter says too
     */
    private static boolean turnedOff(@Nullable ServletContext servlets) {
        if (servlets == null) {
            return false;
        }
        Object attribute = attribute(servlets, ProblemConfiguration.ENABLED);
        String parameter;
        try {
            parameter = servlets.getInitParameter(ProblemConfiguration.ENABLED);
        } catch (RuntimeException notInAServletContainer) {
            parameter = null;
        }
        return Boolean.FALSE.equals(attribute) || !ProblemConfiguration.flag(ProblemConfiguration.ENABLED, parameter, true);
    }

    /** An attribute of the servlet context, or null where RESTEasy's proxy has no servlet context behind it. */
    private static @Nullable Object attribute(ServletContext servlets, String name) {
        try {
            return servlets.getAttribute(name);
        } catch (RuntimeException notInAServletContainer) {
            LOG.log(Level.DEBUG, "No servlet context to find StatusKit's shared responder in", notInAServletContainer);
            return null;
        }
    }
}
