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
 * Installs StatusKit on a Grizzly {@link HttpServer}: its error page generator, and a guard that refuses
 * {@code TRACE} with a 405 problem.
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
 * <p>Grizzly sends no {@code Server} header; its name and version ({@code ServerConfiguration.setHttpServerName}
 * and {@code setHttpServerVersion}) appear only on its default error page, which the generator replaces.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitGrizzly {
    /** The {@code Allow} header of the guard's 405: the methods it passes on. */
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH";

    private StatusKitGrizzly() {
    }

    /**
     * Sets a {@link StatusKitErrorPageGenerator} on the server's configuration and on each of its listeners,
     * and, unless the server or a listener enables {@code TRACE}, wraps each registered handler in the
     * {@code TRACE} guard. Call it after registering the handlers and before {@link HttpServer#start()}: a
     * handler registered later is not guarded.
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
        for (NetworkListener listener : server.getListeners()) {
            listener.setDefaultErrorPageGenerator(generator);
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
