package dev.statuskit.demo;

import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.jetty.StatusKitJetty;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.server.ServerEndpointConfig;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty 12 (ee11): the StatusKit filter before Jersey and the servlets, Jetty's Jakarta WebSocket, statuskit-jetty. */
final class JettyDemo implements DemoHost {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    JettyDemo(DemoApp app, String host, int port) {
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), app.responder());
            }
        });
        context.addServlet(new ServletHolder("api", new ServletContainer(app.api())), "/api/*");
        context.addServlet(new ServletHolder("status", new StatusServlet()), "/status/*");
        context.addServlet(new ServletHolder("explorer", new ExplorerServlet(app.explorer())), "");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(app.metrics())), "/metrics");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            for (ServerEndpointConfig endpoint : app.webSocketEndpoints()) {
                container.addEndpoint(endpoint);
            }
        });
        server.setHandler(context);
        // Jetty's own errors (ambiguous or malformed paths, 414, 431, 505, ...), answered before any filter: as
        // problems too; and TRACE refused with a problem instead of the default servlet's echo.
        StatusKitJetty.install(server, app.responder());
    }

    @Override
    public void start() throws Exception {
        server.start();
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void stop() throws Exception {
        server.stop();
    }
}
