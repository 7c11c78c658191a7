package dev.statuskit.jetty;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ProblemResponder;
import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Installs StatusKit on a Jetty 12 {@link Server}: its error handler, and a guard that refuses
 * {@code TRACE}.
 *
 * <p>Why a guard: Jetty's ee11 default servlet answers {@code TRACE} on any path it serves with 200
 * {@code message/http}, echoing the request's headers (cookies and {@code Authorization} included), and no
 * error handler sees that answer. The guard sits in front of the application's handler and answers every
 * {@code TRACE} with a 405 problem; an application that wants TRACE does not install it.
 *
 * <pre>{@code
 * server.setHandler(context);
 * StatusKitJetty.install(server, responder);   // error handler + TRACE guard
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitJetty {
    /** The {@code Allow} header of the guard's 405: the methods it passes on. */
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH";

    private StatusKitJetty() {
    }

    /**
     * Sets a {@link StatusKitErrorHandler} on the server, wraps its current handler in {@link #traceGuard},
     * and turns off the {@code Server} and {@code X-Powered-By} headers of its connectors' HTTP
     * configurations (Jetty sends {@code Server: Jetty(12.x)} on every answer by default, its error answers
     * included). Call it after {@link Server#setHandler} and {@link Server#addConnector}.
     */
    public static void install(Server server, ProblemResponder responder) {
        Objects.requireNonNull(server, "server");
        server.setErrorHandler(new StatusKitErrorHandler(responder));
        server.setHandler(traceGuard(responder, server.getHandler()));
        for (Connector connector : server.getConnectors()) {
            for (ConnectionFactory factory : connector.getConnectionFactories()) {
                if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                    http.getHttpConfiguration().setSendServerVersion(false);
                    http.getHttpConfiguration().setSendXPoweredBy(false);
                }
            }
        }
    }

    /**
     * A handler that answers {@code TRACE} with a 405 problem (with {@code Allow: }{@value #ALLOWED_METHODS})
     * and passes every other request to {@code next}.
     */
    public static Handler.Wrapper traceGuard(ProblemResponder responder, Handler next) {
        return new TraceGuard(Objects.requireNonNull(responder, "responder"), next);
    }

    private static final class TraceGuard extends Handler.Wrapper {
        private final ProblemResponder responder;

        TraceGuard(ProblemResponder responder, Handler next) {
            super(next);
            this.responder = responder;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!"TRACE".equalsIgnoreCase(request.getMethod())) {
                return super.handle(request, response, callback);
            }
            response.getHeaders().put(HttpHeader.ALLOW, ALLOWED_METHODS);
            JettyAnswers.apply(responder.answer(405, null, null, JettyAnswers.request(request)).orElseThrow(),
                    response, callback, false);
            return true;
        }
    }
}
