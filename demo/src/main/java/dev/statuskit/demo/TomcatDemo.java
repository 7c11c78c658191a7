package dev.statuskit.demo;

import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.tomcat.StatusKitTomcat;
import jakarta.servlet.ServletException;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Embedded Tomcat 11: the StatusKit filter before Jersey and the servlets ({@link NotFoundServlet} takes every
 * unmapped path, and its 404 goes through the filter), and Tomcat's WebSocket ({@link WsSci}). Tomcat needs a base
 * directory: a temporary one, deleted on {@link #stop()}.
 */
final class TomcatDemo implements DemoHost {
    /** Tomcat logs through java.util.logging; its start-up lines stay quiet, as Jetty's do. Held: JUL keeps loggers weakly. */
    private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");

    private final Path baseDir;
    private final Tomcat tomcat = new Tomcat();
    private final Connector connector = new Connector();

    TomcatDemo(DemoApp app, String host, int port) {
        TOMCAT_LOG.setLevel(Level.WARNING);
        try {
            baseDir = Files.createTempDirectory("statuskit-demo-tomcat");
            Files.createDirectory(baseDir.resolve("docroot"));   // empty: the context has no files
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create Tomcat's base directory", e);
        }
        tomcat.setBaseDir(baseDir.toString());
        connector.setPort(port);
        connector.setProperty("address", host);
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);

        Context context = tomcat.addContext("", baseDir.resolve("docroot").toString());
        if (context instanceof StandardContext standard) {
            // Leak detection is for web applications redeployed in their own class loader; this one lives on the
            // application class loader, and on the class path the checks only warn that they cannot run.
            standard.setClearReferencesThreadLocals(false);
            standard.setClearReferencesRmiTargets(false);
        }
        // Initializers run in the order added: WsSci first puts the WebSocket ServerContainer in the context.
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            StatusKitFilter.register(servletContext, app.responder());
            ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
            try {
                for (ServerEndpointConfig endpoint : app.webSocketEndpoints()) {
                    container.addEndpoint(endpoint);
                }
            } catch (DeploymentException e) {
                throw new ServletException("Could not deploy the demo's WebSocket endpoints", e);
            }
        }, null);
        Tomcat.addServlet(context, "default", new NotFoundServlet()).addMapping("/");
        Tomcat.addServlet(context, "api", new ServletContainer(app.api())).addMapping("/api/*");
        Tomcat.addServlet(context, "status", new StatusServlet()).addMapping("/status/*");
        Tomcat.addServlet(context, "explorer", new ExplorerServlet(app.explorer())).addMapping("");
        Tomcat.addServlet(context, "metrics", new MetricsServlet(app.metrics())).addMapping("/metrics");
        // Tomcat's own errors (what its ErrorReportValve answered: bad request lines, targets and headers, 505,
        // TRACE), answered as problems through the same responder.
        StatusKitTomcat.install(tomcat.getHost(), app.responder());
    }

    @Override
    public void start() throws Exception {
        tomcat.start();
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void stop() throws Exception {
        try {
            tomcat.stop();
            tomcat.destroy();
        } finally {
            try (Stream<Path> files = Files.walk(baseDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            // The first Tomcat of a JVM makes its base directory the JVM-wide catalina.home (and catalina.base): a
            // later Tomcat in the same JVM would create that directory again. Forget them, if they are still ours.
            for (String property : new String[] {"catalina.home", "catalina.base"}) {
                if (baseDir.toString().equals(System.getProperty(property))) {
                    System.clearProperty(property);
                }
            }
        }
    }
}
