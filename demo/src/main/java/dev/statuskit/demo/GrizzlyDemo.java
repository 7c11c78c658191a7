package dev.statuskit.demo;

import dev.statuskit.grizzly.StatusKitGrizzly;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.Set;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * Jersey on Grizzly with Tyrus on the same listener: no servlet container, so Jersey serves every path (the
 * explorer, {@code /status/{code}} and {@code /metrics} as {@link RootResources}) and the StatusKit feature answers
 * every error Jersey sees. Tyrus's {@link WebSocketAddOn} puts its upgrade filter before Grizzly's HTTP filter on
 * the listener Jersey created.
 */
final class GrizzlyDemo implements DemoHost {
    private final HttpServer server;
    private final Endpoints webSockets = new Endpoints();

    GrizzlyDemo(DemoApp app, String host, int port) throws DeploymentException {
        String address = host.contains(":") ? "[" + host + "]" : host;
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + address + ":" + port + "/"),
                app.rootApplication(), false);
        for (ServerEndpointConfig endpoint : app.webSocketEndpoints()) {
            webSockets.addEndpoint(endpoint);
        }
        AddOn addOn = webSocketAddOn(webSockets);
        for (NetworkListener listener : server.getListeners()) {
            listener.registerAddOn(addOn);
        }
        // Grizzly's own errors (its error pages and what its HTTP codec refuses) answered as problems through
        // the same responder, and TRACE refused with a problem; before start(), as Grizzly copies its settings then.
        StatusKitGrizzly.install(server, app.responder());
    }

    @Override
    public void start() throws Exception {
        webSockets.start("", 0);   // deploys the endpoints; the port is the listener's
        webSockets.doneDeployment();
        server.start();
    }

    @Override
    public int port() {
        return server.getListeners().iterator().next().getPort();
    }

    @Override
    public void stop() {
        server.shutdownNow();
        webSockets.stop();
    }

    /**
     * Tyrus's add-on for this container. Tyrus 2.2.0 declares the class public but its constructor package-private
     * (eclipse-ee4j/tyrus#945; a public constructor came after 2.2.0), so it is called reflectively, which the class
     * path allows.
     */
    private static AddOn webSocketAddOn(ServerContainer container) {
        try {
            Constructor<WebSocketAddOn> constructor =
                    WebSocketAddOn.class.getDeclaredConstructor(ServerContainer.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(container, "");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Tyrus's WebSocketAddOn could not be created; is Tyrus 2.2 on the class path?", e);
        }
    }

    /** Tyrus's server container without a server of its own: it only deploys endpoints into its engine. */
    private static final class Endpoints extends TyrusServerContainer {
        private final WebSocketEngine engine = TyrusWebSocketEngine.builder(this).build();

        Endpoints() {
            super((Set<Class<?>>) null);
        }

        @Override
        public void register(Class<?> endpointClass) throws DeploymentException {
            engine.register(endpointClass, "");
        }

        @Override
        public void register(ServerEndpointConfig serverEndpointConfig) throws DeploymentException {
            engine.register(serverEndpointConfig, "");
        }

        @Override
        public WebSocketEngine getWebSocketEngine() {
            return engine;
        }
    }
}
