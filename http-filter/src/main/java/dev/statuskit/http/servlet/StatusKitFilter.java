package dev.statuskit.http.servlet;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.internal.InvalidStatus;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Answers the errors of a web application with localized RFC 9457 problems, in the format the client
 * asks for; success answers pass through untouched and unbuffered.
 *
 * <h2>What it answers</h2>
 * <ul>
 *   <li>{@code sendError(code)} and {@code sendError(code, message)}: recorded, never passed to the
 *       container, and rendered once the chain returns.</li>
 *   <li>{@code setStatus(400..599)} with no body: rendered likewise. If the application writes a body of its
 *       own, that body is kept.</li>
 *   <li>An exception escaping the chain: 500, or the status {@code statuskit.exception-status} maps it to; a
 *       {@link dev.statuskit.http.ProblemException} answers with its own problem. A
 *       {@code ServletException} is unwrapped to its root cause.</li>
 *   <li>An ERROR dispatch (the container's own errors, sent to an error page): rendered from the
 *       {@code jakarta.servlet.error.*} request attributes instead of the error page. This stands in for
 *       every error page, the application's included; to keep those, map the filter to REQUEST only.</li>
 * </ul>
 * Rendering keeps the headers the application set ({@code Allow}, {@code Retry-After},
 * {@code WWW-Authenticate}, cookies, CORS, ...) except those describing the replaced representation. A
 * response that is already committed is never touched: an exception on it is logged (at WARNING, or at DEBUG when
 * it says the client went away: an {@code EOFException} or Tomcat's {@code ClientAbortException}) and rethrown, so
 * the container aborts it as usual. A {@code HEAD} answer has headers and no body; 1xx, 204 and 304 never get
 * one. A status of 600-999 passes through to the container untouched; one that is not three digits (0, 99,
 * -1, 1000), which no container can send, is answered with 500 and an {@code errorId}, and logged at ERROR
 * with the status the application set.
 *
 * <h2>Asynchronous requests</h2>
 * When the request goes asynchronous the filter steps aside. An ASYNC dispatch ({@code AsyncContext.dispatch})
 * passes through it again and is answered as a request is. What happens outside any dispatch reaches it only through
 * the container's ERROR dispatch, which the web fragment's error page or a container module provides: a
 * {@code sendError} on the container's own response after {@code startAsync()}, and a timeout no listener answered
 * (the container's 500, Servlet 6.1 §2.3.3.3). Without either, the container answers those with its own page.
 *
 * <p>Since a rendered answer always has a body, an error answered by another layer (the Jakarta REST
 * {@link dev.statuskit.http.jaxrs.StatusKitFeature}, say) passes through this filter as is: nothing is
 * rendered twice.
 *
 * <h2>Installing</h2>
 * The jar's {@code META-INF/web-fragment.xml} (named {@code statuskit}) maps the filter to {@code /*} for
 * REQUEST, ASYNC and ERROR dispatches and declares a default error page, {@value #ERROR_PAGE}, so that the
 * container dispatches its own errors to it. Options are read by name from the filter's init-params, then
 * from the context-params (see {@link ProblemConfiguration}). To opt out, leave the fragment out with
 * {@code <absolute-ordering>} without {@code statuskit} or with {@code metadata-complete="true"} in {@code web.xml},
 * and the container's own pages come back (Jersey still discovers the Jakarta REST feature, unless
 * {@code statuskit.jaxrs.autodiscovery} is {@code false}). The context-param {@value #ENABLED} set to {@code false}
 * turns the filter off, and with it the feature, but leaves the fragment's error page declared: errors then keep
 * their status, with an empty body. In code, for an embedded container or from a
 * {@code ServletContainerInitializer}, use {@link #register}.
 */
@API(status = STABLE, since = "0.1")
public class StatusKitFilter implements Filter {
    /** The filter name, also the web fragment's name. */
    public static final String NAME = "statuskit";
    /** The context-param that turns StatusKit off when {@code false}: {@link ProblemConfiguration#ENABLED}. */
    public static final String ENABLED = ProblemConfiguration.ENABLED;
    /** The location of the web fragment's default error page; no resource needs to exist there. */
    public static final String ERROR_PAGE = "/statuskit-error";

    private static final System.Logger LOG = System.getLogger(ProblemResponder.LOGGER_NAME);
    private static final String DATE = "Date";
    private static final String SERVER = "Server";
    private static final String TOMCAT_CLIENT_ABORT = "org.apache.catalina.connector.ClientAbortException";
    /** How deep a cause chain is read, as the responder reads it: a chain may come back on itself. */
    private static final int MAX_CAUSES = 8;

    private final @Nullable ProblemResponder configured;
    private @Nullable ProblemResponder responder;

    /** A filter configured by init-params and context-params, as the web fragment declares it. */
    public StatusKitFilter() {
        this.configured = null;
    }

    /** A filter with these options; init-params and context-params other than {@value #ENABLED} are ignored. */
    public StatusKitFilter(ProblemOptions options) {
        this(ProblemResponder.create(options));
    }

    /**
     * A filter that answers through this responder, with its catalog, locale resolver and customizer; the same
     * responder may serve the Jakarta REST feature and a container's error handler too. Init-params and
     * context-params other than {@value #ENABLED} are ignored.
     */
    public StatusKitFilter(ProblemResponder responder) {
        this.configured = Objects.requireNonNull(responder, "responder");
    }

    /**
     * Registers a filter with these options on {@code /*} for REQUEST, ASYNC and ERROR dispatches, before the
     * filters declared in descriptors, with async support. Call it while the context starts, for example
     * from a {@code ServletContainerInitializer} or a {@code ServletContextListener}.
     *
     * @throws IllegalStateException if a filter named {@value #NAME} exists already, such as the web
     *     fragment's
     */
    public static FilterRegistration.Dynamic register(ServletContext context, ProblemOptions options) {
        return register(context, ProblemResponder.create(options));
    }

    /**
     * Registers a filter that answers through this responder, as {@link #register(ServletContext, ProblemOptions)}
     * does.
     *
     * @throws IllegalStateException if a filter named {@value #NAME} exists already
     */
    public static FilterRegistration.Dynamic register(ServletContext context, ProblemResponder responder) {
        FilterRegistration.Dynamic registration = context.addFilter(NAME, new StatusKitFilter(responder));
        if (registration == null) {
            throw new IllegalStateException("A filter named \"" + NAME + "\" is already registered in "
                    + context.getContextPath() + "/, perhaps by StatusKit's web-fragment.xml; register StatusKit once");
        }
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR), false, "/*");
        return registration;
    }

    /**
     * Reads the options and prepares the responder, and shares it with the application's Jakarta REST feature
     * through the context attribute {@value ProblemResponder#CONTEXT_ATTRIBUTE}; turned off, it shares that
     * instead, as the attribute {@value #ENABLED} set to {@code false}.
     *
     * @throws IllegalArgumentException if an option or {@value #ENABLED} has a bad value
     */
    @Override
    public void init(FilterConfig config) {
        ServletContext context = config.getServletContext();
        if (!ProblemConfiguration.flag(ENABLED, context.getInitParameter(ENABLED), true)) {
            LOG.log(Level.INFO, () -> "StatusKit is disabled in " + context.getContextPath() + "/ by " + ENABLED);
            context.setAttribute(ENABLED, Boolean.FALSE);
            return;
        }
        ProblemResponder created = configured != null ? configured : ProblemResponder.create(ProblemConfiguration.read(name -> {
            String value = config.getInitParameter(name);
            return value != null ? value : context.getInitParameter(name);
        }));
        responder = created;
        context.setAttribute(ProblemResponder.CONTEXT_ATTRIBUTE, created);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        ProblemResponder responder = this.responder;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            answerErrorDispatch(responder, request, response, chain);
            return;
        }
        if (responder == null) {
            chain.doFilter(request, response);
            return;
        }
        ErrorTrackingResponse tracked = new ErrorTrackingResponse(response);
        try {
            chain.doFilter(request, tracked);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError) {
                throw failure;
            }
            if (response.isCommitted()) {
                // A client that went away mid-request is no fault of the application's: logged for debugging only.
                LOG.log(isClientAbort(failure) ? Level.DEBUG : Level.WARNING, request.getMethod() + " " + request.getRequestURI()
                        + " failed after its response was committed; StatusKit leaves the response untouched", failure);
                throw failure;
            }
            send(response, responder.answer(500, rootCause(failure), null, new ServletProblemRequest(request, requestPath(request)))
                    .orElseThrow());
            return;
        }
        if (request.isAsyncStarted()) {
            tracked.detach();
        } else if (tracked.hasPendingError() && !response.isCommitted()) {
            int status = tracked.pendingStatus();
            Throwable invalid = InvalidStatus.isSendable(status) ? null
                    : InvalidStatus.of(tracked.sentError() ? "sendError" : "setStatus", status);
            Optional<ErrorAnswer> answer = responder.answer(invalid != null ? 500 : status, invalid,
                    tracked.pendingMessage(), new ServletProblemRequest(request, requestPath(request)));
            if (answer.isPresent()) {
                send(response, answer.get());
            } else if (tracked.sentError()) {
                response.sendError(tracked.pendingStatus(), tracked.pendingMessage());
            }
        }
    }

    private static void answerErrorDispatch(@Nullable ProblemResponder responder, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        if (responder == null) {
            // Disabled: answer the fragment's error page with the bare status rather than a 404 for it.
            if (!ERROR_PAGE.equals(request.getServletPath())) {
                chain.doFilter(request, response);
            }
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(status instanceof Integer) && !(exception instanceof Throwable)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ErrorAnswer> answer = responder.answer(status instanceof Integer code ? code : 500,
                exception instanceof Throwable t ? rootCause(t) : null,
                message instanceof String s ? s : null,
                new ServletProblemRequest(request, uri instanceof String path ? path : request.getRequestURI()));
        if (answer.isPresent()) {
            send(response, answer.get());
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Applies the answer: replaces whatever the response holds, keeping the application's headers that
     * {@link ErrorAnswer#keepsHeader} keeps. {@code reset()} also forgets a writer the application
     * obtained (Servlet 6.0), so the body can always go to the output stream.
     *
     * <p>{@code Date} and {@code Server}, single values that nearly every response carries, are read as one
     * String each and set again only if {@code reset()} did not keep them as they were (a container may keep its
     * own across {@code reset()}, and drops an application's value; Jetty and Tomcat both drop it, as a test
     * shows): without a map and lists for the usual answer, where they are the only headers to keep.
     */
    private static void send(HttpServletResponse response, ErrorAnswer answer) throws IOException {
        Map<String, List<String>> kept = null; // most error answers have no other application header to keep
        String date = null;
        String server = null;
        for (String name : response.getHeaderNames()) {
            if (!answer.keepsHeader(name)) {
                continue;
            }
            if (DATE.equalsIgnoreCase(name)) {
                date = response.getHeader(name);
                continue;
            }
            if (SERVER.equalsIgnoreCase(name)) {
                server = response.getHeader(name);
                continue;
            }
            Collection<String> values = response.getHeaders(name);
            if (!values.isEmpty()) {
                if (kept == null) {
                    kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                }
                kept.putIfAbsent(name, new ArrayList<>(values));
            }
        }
        response.reset();
        restore(response, DATE, date);
        restore(response, SERVER, server);
        if (kept != null) {
            // setHeader first: a container may keep some headers across reset().
            kept.forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
            });
        }
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        OptionalInt length = answer.contentLength();
        if (length.isPresent()) {
            response.setContentLength(length.getAsInt());
        }
        if (answer.hasBody()) {
            answer.writeBody(response.getOutputStream());
        }
    }

    /** Sets a single-valued header read before {@code reset()} again, unless the container kept it as it was. */
    private static void restore(HttpServletResponse response, String name, @Nullable String value) {
        if (value != null && !value.equals(response.getHeader(name))) {
            response.setHeader(name, value);
        }
    }

    /** The path the client asked for: in an ASYNC dispatch, the original request's rather than the dispatch target's. */
    private static String requestPath(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ASYNC
                && request.getAttribute(AsyncContext.ASYNC_REQUEST_URI) instanceof String original) {
            return original;
        }
        return request.getRequestURI();
    }

    /**
     * Whether the failure, or one of its first eight causes, says the client went away: an {@link EOFException}
     * (Jetty's {@code EofException} is one) or Tomcat's {@code ClientAbortException}, recognized by name.
     */
    static boolean isClientAbort(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof EOFException || t.getClass().getName().equals(TOMCAT_CLIENT_ABORT)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; depth < MAX_CAUSES && cause instanceof ServletException wrapper && wrapper.getRootCause() != null; depth++) {
            cause = wrapper.getRootCause();
        }
        return cause;
    }

    @Override
    public String toString() {
        return "StatusKitFilter[" + (responder != null ? responder : configured != null ? configured : "not initialized") + "]";
    }
}
