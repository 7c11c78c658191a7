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
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The second half of a {@link StatusKitFeature} made without a responder, in a runtime that does not pass the servlet
 * context's attributes on as configuration properties (RESTEasy never does; Jersey's servlet does for an application it
 * builds from {@code web.xml}, not for one it is given in code): it asks the
 * {@link ServletContext} the runtime injects for the responder the servlet filter shares
 * ({@value ProblemResponder#CONTEXT_ATTRIBUTE}), or for the filter's {@value ProblemConfiguration#ENABLED}
 * {@code false}, and then registers StatusKit's providers as {@link StatusKitFeature} does. Without a servlet context
 * (a runtime outside a servlet container), or with one whose filter shares nothing, it answers as the configuration's
 * properties say.
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
        Object shared = null;
        Object enabled = null;
        ServletContext servlets = servletContext;
        if (servlets != null) {
            try {
                shared = servlets.getAttribute(ProblemResponder.CONTEXT_ATTRIBUTE);
                enabled = servlets.getAttribute(ProblemConfiguration.ENABLED);
            } catch (RuntimeException notInAServletContainer) {
                // RESTEasy's proxy with no servlet context behind it: the runtime is not a servlet container.
                LOG.log(Level.DEBUG, "No servlet context to find StatusKit's shared responder in", notInAServletContainer);
            }
        }
        if (Boolean.FALSE.equals(enabled)) {
            LOG.log(Level.INFO, () -> "StatusKit's Jakarta REST feature is turned off, as the servlet filter is, by "
                    + ProblemConfiguration.ENABLED);
            return false;
        }
        ProblemResponder responder = StatusKitFeature.shared(shared);
        return StatusKitFeature.register(context, responder != null ? responder : StatusKitFeature.responder(context.getConfiguration()));
    }
}
