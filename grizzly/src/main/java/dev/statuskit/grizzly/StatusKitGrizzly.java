package dev.statuskit.grizzly;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ProblemResponder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * Installs StatusKit on a Grizzly {@link HttpServer}: its error page generator, a codec filter that answers what
 * Grizzly's HTTP codec refuses with problems, and a guard that refuses {@code TRACE} with a 405 problem.
 *
 * <p>Why a codec filter: Grizzly's HTTP codec ({@code org.glassfish.grizzly.http.HttpServerFilter}) answers a
 * request it cannot parse below the {@code HttpServer}, where no error page generator is asked, with a bare
 * status and {@code Content-Length: 0}. {@code install} registers an {@link org.glassfish.grizzly.http.server.AddOn}
 * on each listener that, when the server starts, puts a subclass with the same settings in the codec's place.
 * That subclass answers with the responder's problem, with Grizzly's framing, then Grizzly closes the connection:
 * <ul>
 *   <li>414 for a request target over the listener's header size limit, 431 for a header section over it,
 *       505 for an HTTP version Grizzly does not know, 400 for the rest it cannot parse, and for a body it
 *       cannot decode (a bad chunk);</li>
 *   <li>400 for what Grizzly lets through but Jetty and Tomcat refuse: a request target that is not in origin
 *       form (RFC 9112 §3.2.1 with RFC 3986's characters: a raw {@code <}, a bad escape such as {@code %zz}, a
 *       raw octet above 0x7F), a {@code Host} that is no {@code uri-host[:port]} or a second {@code Host} (RFC
 *       9112 §3.2), a {@code Transfer-Encoding} whose final coding is not {@code chunked} (RFC 9112 §6.3; Grizzly
 *       ignores a coding it does not know).</li>
 * </ul>
 * The answer is in the request's language and format when Grizzly read the header section whole; else (414,
 * 431, a line it cannot parse) in JSON and the default language.
 *
 * <p>Why a guard: with {@code TRACE} off (Grizzly's default) Grizzly answers it by itself with a bodiless 405
 * that no error page generator sees; with it on, Grizzly echoes the request's headers (cookies and
 * {@code Authorization} included). The guard wraps each registered {@link HttpHandler}, lets {@code TRACE}
 * through to it ({@code ServerConfiguration.setPassTraceRequest(true)}) and answers it with a 405 problem.
 * A {@code TRACE} to a path no handler is mapped to meets Grizzly's own 404, a problem too. An application
 * that enables {@code TRACE} on the server or on a listener keeps Grizzly's own handling.
 *
 * <pre>{@code
 * HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, resourceConfig, false);
 * StatusKitGrizzly.install(server, responder);
 * server.start();
 * }</pre>
 *
 * <p>The body after a 413: when a request declares a body over {@code ServerConfiguration.setMaxPostSize},
 * Grizzly answers 413 (the generator's problem, with {@code Connection: close}) but then, by default
 * ({@code setMaxPayloadRemainderToSkip(-1)}), reads and drops the whole declared body, however large, before it
 * closes the connection: a client declaring gigabytes keeps the connection and a worker's reads busy for as long
 * as it sends. So when the server limits bodies and leaves that remainder unlimited, the codec filter caps it at
 * the body limit: past a 413 Grizzly closes at once. A server that sets its own
 * {@code setMaxPayloadRemainderToSkip} keeps it.
 *
 * <p>Grizzly sends no {@code Server} header; its name and version ({@code ServerConfiguration.setHttpServerName}
 * and {@code setHttpServerVersion}) appear only on its default error page, which the generator replaces.
 * A listener that brings its own filter chain ({@code NetworkListener.setFilterChain}) keeps its codec as it is.
 * Add-ons that find the codec by its type (WebSocket, HTTP/2) find this one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitGrizzly {
    /** The {@code Allow} header of the guard's 405: the methods it passes on. */
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH";

    private StatusKitGrizzly() {
    }

    /**
     * Sets a {@link StatusKitErrorPageGenerator} on the server's configuration and on each of its listeners,
     * registers the codec filter's add-on on each listener, and, unless the server or a listener enables {@code TRACE}, wraps each registered handler in the
     * {@code TRACE} guard. Call it after adding the listeners and registering the handlers, and before
     * {@link HttpServer#start()}: a listener added or a handler registered later is not covered.
     *
     * @throws IllegalStateException if the server is already started
     */
    public static void install(HttpServer server, ProblemResponder responder) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(responder, "responder");
        if (server.isStarted()) {
            throw new IllegalStateException("Install StatusKit before HttpServer.start(): Grizzly copies its"
                    + " configuration into each listener's filter chain when it starts");
        }
        StatusKitErrorPageGenerator generator = new StatusKitErrorPageGenerator(responder);
        ServerConfiguration config = server.getServerConfiguration();
        config.setDefaultErrorPageGenerator(generator);
        boolean traceEnabled = config.isTraceEnabled();
        ProblemCodecFilter.Installer codec = new ProblemCodecFilter.Installer(responder, config);
        for (NetworkListener listener : server.getListeners()) {
            listener.setDefaultErrorPageGenerator(generator);
            listener.registerAddOn(codec);
            traceEnabled |= listener.isTraceEnabled();
        }
        if (traceEnabled) {
            return;
        }
        config.setPassTraceRequest(true);
        Map<HttpHandler, HttpHandlerRegistration[]> handlers = new LinkedHashMap<>(config.getHttpHandlersWithMapping());
        for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> handler : handlers.entrySet()) {
            if (!(handler.getKey() instanceof TraceGuard)) {
                config.removeHttpHandler(handler.getKey());
                config.addHttpHandler(new TraceGuard(responder, handler.getKey()), handler.getValue());
            }
        }
    }

    /**
     * A handler in front of another: it answers {@code TRACE} with a 405 problem (with
     * {@code Allow: }{@value #ALLOWED_METHODS}) and passes every other request on. It takes the wrapped
     * handler's URI decoding settings and request executor, and starts and destroys it with itself.
     */
    private static final class TraceGuard extends HttpHandler {
        private final ProblemResponder responder;
        private final HttpHandler next;

        TraceGuard(ProblemResponder responder, HttpHandler next) {
            super(next.getName());
            this.responder = responder;
            this.next = next;
            setAllowEncodedSlash(next.isAllowEncodedSlash());
            setAllowCustomStatusMessage(next.isAllowCustomStatusMessage());
            setRequestURIEncoding(next.getRequestURIEncoding());
        }

        @Override
        public RequestExecutorProvider getRequestExecutorProvider() {
            return next.getRequestExecutorProvider();
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (!"TRACE".equalsIgnoreCase(request.getMethod().getMethodString())) {
                next.service(request, response);
                return;
            }
            response.setHeader("Allow", ALLOWED_METHODS);
            GrizzlyAnswers.apply(responder.answer(405, null, null, GrizzlyAnswers.request(request)).orElseThrow(),
                    response);
        }

        @Override
        public void start() {
            next.start();
        }

        @Override
        public void destroy() {
            next.destroy();
        }

        @Override
        public String toString() {
            return "TraceGuard[" + next + "]";
        }
    }
}
