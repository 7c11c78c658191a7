package dev.statuskit.http.jaxrs;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemOptions;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Answers the errors of a Jakarta REST application with localized RFC 9457 problems.
 *
 * <p>It registers
 * <ul>
 *   <li>an {@code ExceptionMapper<WebApplicationException>} that keeps the status and headers
 *       ({@code Allow}, {@code Retry-After}, {@code WWW-Authenticate}, ...) and adds a problem body. A
 *       {@code WebApplicationException} whose response already has an entity is answered with that entity:
 *       Jersey does not consult mappers for it;</li>
 *   <li>an {@code ExceptionMapper<Throwable>} and an {@code ExceptionMapper<ProblemException>}: a hidden
 *       500 with an {@code errorId}, or the status {@code statuskit.exception-status} maps the exception to,
 *       or the {@link dev.statuskit.http.ProblemException}'s own problem;</li>
 *   <li>a {@code ContainerResponseFilter} that also gives a problem body to error responses (400 and up)
 *       returned without an entity;</li>
 *   <li>a {@code MessageBodyWriter<Problem>} for problem+json, problem+xml, text/html and text/plain, so
 *       resources may return {@link dev.statuskit.http.Problem}s too;</li>
 *   <li>with Jakarta Validation on the class path, an {@code ExceptionMapper<ConstraintViolationException>}:
 *       400 with an {@code errors} member listing each violation (its message in the request's language and a
 *       {@code pointer} into the body or the {@code parameter}), or 500 when a return value is invalid;</li>
 *   <li>a {@code ReaderInterceptor} that answers a request body the entity provider cannot read (malformed
 *       or oversized JSON) with 400 rather than 500.</li>
 * </ul>
 * The mappers are registered at priority {@value #PRIORITY}, below the default {@code USER} priority, and
 * as generic as possible: an application mapper for a more specific exception type, or for the same type at
 * the default priority, wins.
 *
 * <p>Made without a responder or options, the feature answers through the responder the servlet filter shares
 * ({@link ProblemResponder#CONTEXT_ATTRIBUTE}), so that both answer alike with the options of the context-params.
 * Jersey's servlet passes that attribute on as a configuration property when it builds the application from
 * {@code web.xml}; where the runtime does not (an application given to Jersey's servlet in code, Jersey's servlet run
 * as a filter that starts before StatusKit's, RESTEasy), the feature asks the {@code ServletContext} the runtime
 * injects, at its first answer if need be, through {@code ServletContextFeature}, which it registers only where the
 * Servlet API can be loaded. Without a shared responder, or when the configuration sets any
 * of the properties named in {@link ProblemConfiguration} itself, it reads those properties. The property
 * {@value ProblemConfiguration#ENABLED} set to {@code false}, or the filter turned off that way, turns the feature
 * off too, whatever its constructor was given. The locale comes from the responder's
 * {@link dev.statuskit.i18n.LocaleResolver} ({@code Accept-Language} by default); the format from
 * {@code ?format=} or {@code Accept}, as {@link dev.statuskit.http.ProblemFormat#negotiate} describes.
 *
 * <p>On Jersey the feature registers itself (see {@link StatusKitAutoDiscoverable}). Registering it more
 * than once has no further effect.
 */
@API(status = STABLE, since = "0.1")
@ConstrainedTo(RuntimeType.SERVER)
public class StatusKitFeature implements Feature {
    /** The priority of StatusKit's providers: lower than the default {@code Priorities.USER}. */
    public static final int PRIORITY = Priorities.USER + 1000;

    private static final System.Logger LOG = System.getLogger(ProblemResponder.LOGGER_NAME);
    private static final boolean VALIDATION_API_PRESENT = loadable("jakarta.validation.ConstraintViolationException");
    private static final boolean SERVLET_API_PRESENT = loadable("jakarta.servlet.ServletContext");

    private final @Nullable ProblemResponder responder;

    /** A feature configured by the application's configuration properties. */
    public StatusKitFeature() {
        this.responder = null;
    }

    /** A feature with these options; configuration properties are ignored. */
    public StatusKitFeature(ProblemOptions options) {
        this(ProblemResponder.create(options));
    }

    /**
     * A feature that answers through this responder, with its catalog, locale resolver and customizer; the same
     * responder may serve the servlet filter too. Configuration properties are ignored.
     */
    public StatusKitFeature(ProblemResponder responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
    }

    /**
     * Registers the providers, unless an earlier StatusKitFeature did.
     *
     * @throws IllegalArgumentException if a configuration property has a bad value
     */
    @Override
    public boolean configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.isRegistered(ProblemFilter.class)) {
            return false;
        }
        if (!ProblemConfiguration.flag(ProblemConfiguration.ENABLED, configuration.getProperty(ProblemConfiguration.ENABLED), true)) {
            LOG.log(Level.INFO, () -> "StatusKit's Jakarta REST feature is turned off by " + ProblemConfiguration.ENABLED);
            return false;
        }
        ProblemResponder given = this.responder;
        if (given != null) {
            return register(context, () -> given);
        }
        if (!hasOwnOptions(configuration::getProperty) && configuration.getProperty(ProblemResponder.CONTEXT_ATTRIBUTE) == null
                && SERVLET_API_PRESENT) {
            // The runtime did not pass the filter's responder on (RESTEasy does not): the servlet context is asked.
            if (!configuration.isRegistered(ServletContextFeature.class)) {
                context.register(ServletContextFeature.class);
            }
            return true;
        }
        ProblemResponder found = responder(configuration::getProperty);
        return register(context, () -> found);
    }

    /** Registers the providers, which answer through this responder, unless they are registered already. */
    static boolean register(FeatureContext context, Supplier<ProblemResponder> responder) {
        if (context.getConfiguration().isRegistered(ProblemFilter.class)) {
            return false;
        }
        context.register(new WebApplicationExceptionMapper(), PRIORITY);
        context.register(new ProblemExceptionMapper(), PRIORITY);
        context.register(new ThrowableMapper(), PRIORITY);
        context.register(new ProblemFilter(responder), PRIORITY);
        context.register(new ProblemWriter(responder), PRIORITY);
        context.register(new AnswerWriter(), PRIORITY);
        context.register(new UnreadableEntity(), PRIORITY);
        if (VALIDATION_API_PRESENT) {
            context.register(new ConstraintViolationMapper(), PRIORITY);
        }
        return true;
    }

    /**
     * The responder the servlet filter shares, unless the configuration has options of StatusKit's own, which the
     * application set for Jakarta REST on purpose; else one made from the configuration's options.
     */
    static ProblemResponder responder(Function<String, @Nullable Object> properties) {
        if (!hasOwnOptions(properties)) {
            ProblemResponder shared = shared(properties.apply(ProblemResponder.CONTEXT_ATTRIBUTE));
            if (shared != null) {
                return shared;
            }
        }
        return ProblemResponder.create(ProblemConfiguration.read(properties));
    }

    /**
     * The responder the filter shares, from the value of {@value ProblemResponder#CONTEXT_ATTRIBUTE}: null for none, and
     * null with a WARNING for a value that is no responder of this copy of StatusKit (another copy's, when the server
     * and the application each have one).
     */
    static @Nullable ProblemResponder shared(@Nullable Object attribute) {
        if (attribute == null || attribute instanceof ProblemResponder) {
            return (ProblemResponder) attribute;
        }
        LOG.log(Level.WARNING, () -> "The servlet context's " + ProblemResponder.CONTEXT_ATTRIBUTE + " is a "
                + attribute.getClass().getName() + " that this copy of StatusKit (" + StatusKitFeature.class.getClassLoader()
                + ") cannot use, so Jakarta REST errors are answered with the feature's own options; keep one copy of StatusKit,"
                + " next to the application's Jakarta REST");
        return null;
    }

    /** Whether the configuration sets any of StatusKit's options itself. */
    private static boolean hasOwnOptions(Function<String, @Nullable Object> properties) {
        return ProblemConfiguration.NAMES.stream().anyMatch(name -> properties.apply(name) != null);
    }

    /** Whether a class can be loaded here, by name: Jakarta Validation's exception is mapped, and the servlet context asked, only then. */
    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, StatusKitFeature.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
